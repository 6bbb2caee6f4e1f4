using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>Chooses in a page's filters (MudSelect: open its list, click the option by its words) as a user would.</summary>
public static class Filters
{
    /// <param name="filterId">The filter's id, e.g. "filter-area".</param>
    /// <param name="option">The option's words as shown, e.g. "30 September 2021".</param>
    public static async Task ChooseAsync(IPage page, string filterId, string option)
    {
        await page.Locator($"[data-testid='{filterId}'] .mud-input-control").ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") });
        await item.First.ClickAsync();
    }

    /// <summary>Every option a filter offers, by its words (the list is opened, read and closed).</summary>
    public static async Task<IReadOnlyList<string>> OptionsAsync(IPage page, string filterId)
    {
        await page.Locator($"[data-testid='{filterId}'] .mud-input-control").ClickAsync();
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await items.First.WaitForAsync();
        var texts = (await items.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        await page.Keyboard.PressAsync("Escape");
        return texts;
    }

    /// <summary>Opens a chart's "… as a table" panel and sets its table's pager to show every row.</summary>
    public static async Task ShowAllRowsAsync(IPage page, ILocator chart, string tableTestId)
    {
        await chart.Locator(".mud-expand-panel-header").ClickAsync();
        var table = page.Locator($"[data-testid='{tableTestId}']");
        await table.Locator(".mud-table-pagination-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^\\s*All\\s*$") }).First.ClickAsync();
        await page.WaitForFunctionAsync(
            "id => { const t = document.querySelector(`[data-testid='${id}']`); return t && t.querySelectorAll('tbody tr').length > 25; }", tableTestId);
    }

    /// <summary>The "n" of a MudTable pager's "1-25 of n": how many rows the table holds across its pages.</summary>
    public static async Task<int> RowCountAsync(ILocator table)
    {
        var pager = await table.Locator(".mud-table-pagination").TextContentAsync() ?? string.Empty; // text, not innerText: the table may sit in a closed panel
        var match = Regex.Match(pager, @"\d+-\d+ of (\d+)");
        return match.Success
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new AssertionException($"The table's pager says no row count: '{pager}'.");
    }
}

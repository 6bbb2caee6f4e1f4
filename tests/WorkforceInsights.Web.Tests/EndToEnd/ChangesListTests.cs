using System.Globalization;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>The list of changes behind the Changes page's figures is read from the database a page at a time.</summary>
public class ChangesListTests : BrowserTest
{
    [Test]
    public async Task ShouldShowTheNewestChangesFirst_APageAtATime_OutOfTheSummarysTotal()
    {
        var page = await Session.OpenInteractiveAsync("/changes");
        var rows = page.Locator("[data-testid='changes-list'] tbody tr");
        await rows.Nth(24).WaitForAsync();

        var total = int.Parse((await page.Locator("[data-testid='changes-summary']").InnerTextAsync()).Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
        var firstPage = await DatesAsync(rows);
        Assert.That(total, Is.GreaterThan(25), "more than one page");
        Assert.That(firstPage, Has.Count.EqualTo(25));
        Assert.That(firstPage, Is.Ordered.Descending, "newest first");
        Assert.That(await page.Locator("[data-testid='changes-list']").InnerTextAsync(), Does.Contain($"1-25 of {total.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}"), "the pager counts the summary's changes");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector(\"[data-testid='changes-list']\").innerText.includes('1-25 of')");
        var secondPage = await DatesAsync(rows);
        Assert.That(secondPage, Has.Count.EqualTo(25));
        Assert.That(secondPage[0], Is.LessThanOrEqualTo(firstPage[^1]), "the next page carries on where the first ended");

        // A new filter is a new list: it starts at its own first page, not at the page the council's list was on.
        await Filters.ChooseAsync(page, "filter-area", "Family Safeguarding");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-dimension='ServiceArea']");
        var areaTotal = int.Parse((await page.Locator("[data-testid='changes-summary']").InnerTextAsync()).Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-testid='changes-list']\").innerText.includes('of {areaTotal.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}')");
        Assert.That(areaTotal, Is.LessThan(total));
        Assert.That(await page.Locator("[data-testid='changes-list']").InnerTextAsync(), Does.Contain($"1-{Math.Min(25, areaTotal)} of"));
    }

    private static async Task<List<DateOnly>> DatesAsync(Microsoft.Playwright.ILocator rows) =>
        [.. (await rows.Locator("td:first-child").AllInnerTextsAsync()).Select(d => DateOnly.ParseExact(d.Trim(), "d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))];
}

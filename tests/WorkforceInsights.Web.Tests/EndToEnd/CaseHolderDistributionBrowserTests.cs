using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// A scope with more case holders than the chart limit (a large council; here the sample council with the limit
/// lowered to 50): the distribution chart and its table, and the list of every case holder in its own section, in a
/// real browser, with keyboard and accessibility checks, since the sample's own council is charted one bar each.
/// </summary>
public class CaseHolderDistributionBrowserTests : BrowserTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Dashboard:CaseHolderChartLimit"] = "50" };

    [Test]
    public async Task ShouldHaveNoSeriousOrCriticalAccessibilityViolations_WithTheDistributionChart()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        var serious = await Accessibility.SeriousViolationsAsync(page);

        Assert.That(await page.Locator("[data-testid='case-holders-chart'] h2").InnerTextAsync(), Is.EqualTo("Case holders by cases over or under their threshold"));
        Assert.That(serious, Is.Empty);
    }

    [Test]
    public async Task ShouldOpenTheDistributionsTableByKeyboard_AndListEveryCaseHolderBelowIt()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");
        var chart = page.Locator("[data-testid='case-holders-chart']");

        await chart.Locator(".mud-expand-panel-header").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var rows = chart.Locator("[data-testid='chart-table'] tbody tr");
        await rows.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.That(await rows.CountAsync(), Is.EqualTo(13), "a row per bar, from 6 or more under to 6 or more over");
        var counted = (await chart.Locator("[data-testid='chart-table'] td[data-series='case_holders']").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)")).Sum(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
        var listed = await Filters.RowCountAsync(page.Locator("section[aria-labelledby='holders-heading'] [data-testid='case-holders']"));
        Assert.That(counted, Is.EqualTo(listed).And.GreaterThan(50), "the bars count every case holder the list below holds");
    }
}

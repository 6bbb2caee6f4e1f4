using System.Globalization;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class WorkforcePageTests : BrowserTest
{
    [Test]
    public async Task ShouldSayFewerThan12MonthsOfData_ForLeaversByReasonAndChanges_BeforeTheSamplesHistoryCoversTheYear()
    {
        // The sample's history starts on 2018-10-01: 2019-09-30's year would start a day before it.
        var workforce = await Session.OpenInteractiveAsync("/workforce?asOf=2019-09-30");
        var changes = await Session.OpenInteractiveAsync("/changes?asOf=2019-09-30");

        Assert.That(await workforce.InnerTextAsync("[data-testid='leavers-by-reason']"), Is.EqualTo("Leavers in the year by reason: fewer than 12 months of data."));
        Assert.That(await changes.InnerTextAsync("[data-testid='changes-summary']"), Is.EqualTo("Changes of social worker in the year to 30 September 2019: fewer than 12 months of data."));
        Assert.That(await changes.Locator("[data-testid='changes-by-reason']").CountAsync(), Is.Zero, "no part-year counts by reason");
    }

    [Test]
    public async Task ShouldChangeTheChartsAndTheUrl_WhenATeamIsChosen()
    {
        var page = await Session.OpenInteractiveAsync("/workforce");
        var councilTurnover = await LatestTurnoverAsync(page);

        await Filters.ChooseAsync(page, "filter-area", "Family Safeguarding");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='Family Safeguarding']");
        Assert.That(page.Url, Does.EndWith("/workforce?area=Family%20Safeguarding"));
        await Filters.ChooseAsync(page, "filter-team", "Family Safeguarding Northbridge 1");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='FS01']");

        Assert.That(page.Url, Does.EndWith("/workforce?area=Family%20Safeguarding&team=FS01"));
        Assert.That(await LatestTurnoverAsync(page), Is.Not.EqualTo(councilTurnover), "a team's turnover is not the council's");
        await Screenshots.SaveAsync(page, "workforce.png", fullPage: true);
    }

    [Test]
    public async Task ShouldOfferInItsTableAndCsvExactlyTheNumbersEachChartPlots()
    {
        var page = await Session.OpenInteractiveAsync("/workforce?area=Assessment");
        using var http = await Session.SignedInHttpAsync();

        foreach (var chart in await page.Locator("section.wi-chart[data-chart]").AllAsync())
        {
            await ChartDownloads.AssertTableEqualsCsvAsync(chart, http);
        }
    }

    [Test]
    public async Task ShouldEndEveryChartAtTheReportingDateChosen_KeepingItInTheUrlAndTheDownloads()
    {
        var page = await Session.OpenInteractiveAsync("/workforce?area=Assessment");

        await Filters.ChooseAsync(page, "filter-as-of", "31 March 2022");
        await page.WaitForSelectorAsync("[data-as-of='2022-03-31']");

        Assert.That(page.Url, Does.EndWith("/workforce?area=Assessment&asOf=2022-03-31"));
        using var http = await Session.SignedInHttpAsync();
        foreach (var chart in await page.Locator("section.wi-chart[data-chart]").AllAsync())
        {
            Assert.That(await chart.Locator("tbody tr th").Last.TextContentAsync(), Is.EqualTo("Mar 2022"), "the chart ends at the reporting date");
            await ChartDownloads.AssertTableEqualsCsvAsync(chart, http);
        }

        Assert.That(await page.InnerTextAsync("[data-testid='leavers-by-reason'] h2"), Does.Contain("31 March 2022"), "leavers by reason follow the date");
    }

    [Test]
    public async Task ShouldSplitTheYearsLeaversByReason_AddingUpToTheLeaversFte()
    {
        var page = await Session.OpenInteractiveAsync("/workforce");
        await page.WaitForSelectorAsync("[data-testid='leavers-by-reason']");

        var byReason = await page.Locator("[data-testid='leavers-by-reason'] td[data-series='fte']").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
        var leaversFte = await page.Locator("section[data-chart='WF-LVR-FTE,WF-STR-FTE'] td[data-series='WF-LVR-FTE']").Last.GetAttributeAsync("data-value");

        Assert.That(byReason, Is.Not.Empty);
        Assert.That(byReason.Sum(f => double.Parse(f, CultureInfo.InvariantCulture)), Is.EqualTo(double.Parse(leaversFte!, CultureInfo.InvariantCulture)).Within(1e-9));
    }

    [Test]
    public async Task ShouldOfferTheLeaversByReasonChartAsCsv_HoldingTheSameNumbers()
    {
        var page = await Session.OpenInteractiveAsync("/workforce?area=Assessment&asOf=2024-09-30");
        using var http = await Session.SignedInHttpAsync();
        var chart = page.Locator("[data-testid='leavers-by-reason']");

        var table = await chart.Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.key, r.querySelector(\"[data-series='leavings']\").dataset.value, r.querySelector(\"[data-series='fte']\").dataset.value])");
        var link = await chart.Locator("a[data-format='csv']").GetAttributeAsync("href");
        var csv = (await http.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(link, Does.Contain("asOf=2024-09-30").And.Contain("area=Assessment"));
        Assert.That(csv[0], Is.EqualTo("reason,leavings,fte"));
        Assert.That(table, Is.Not.Empty);
        Assert.That(csv.Skip(1).Select(l => l.Split(',')).Select(f => (f[0], int.Parse(f[1], CultureInfo.InvariantCulture), decimal.Parse(f[2], CultureInfo.InvariantCulture))),
            Is.EqualTo(table.Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), decimal.Parse(r[2], CultureInfo.InvariantCulture)))));
    }

    /// <summary>The last month's turnover in the turnover chart's table.</summary>
    private static async Task<string?> LatestTurnoverAsync(IPage page) =>
        await page.Locator("section[data-chart='WF-TURN'] td[data-series='WF-TURN']").Last.GetAttributeAsync("data-value");
}

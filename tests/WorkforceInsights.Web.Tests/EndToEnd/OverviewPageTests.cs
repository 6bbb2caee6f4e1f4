using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using WorkforceInsights.Cli;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class OverviewPageTests : BrowserTest
{
    private static readonly Dictionary<string, string> s_jsonPaths = new()
    {
        ["WF-TURN"] = "workforce.turnoverRate",
        ["WF-AGY-HC"] = "workforce.agencyHeadcount",
        ["WF-AGY-RATE"] = "workforce.agencyRate",
        ["WF-VAC-RATE"] = "workforce.vacancyRate",
        ["CASE-AVG"] = "caseload.averageCaseload",
        ["CH-3P-RATE"] = "children.threePlusRate",
        ["CH-SAME-RATE"] = "children.sameWorkerRate",
        ["REF-RATE"] = "referrals.reReferralRate",
    };

    /// <summary>A Leader's navigation (import errors and the access log are for data officers).</summary>
    private static readonly string[] s_navigation = ["Overview", "Workforce", "Caseloads", "Children", "Referrals and demand", "Data status"];

    [Test]
    public async Task ShouldShowTheSameFiguresAsWiMetrics_ForTheDataAsAtDate()
    {
        var page = await Session.OpenInteractiveAsync("/overview");

        await AssertTilesEqualWiMetricsAsync(page);
    }

    [Test]
    public async Task ShouldShowTheSameFiguresAsWiMetrics_ForAReportingDateChosenInTheFilter_KeepingItInTheUrl()
    {
        var page = await Session.OpenInteractiveAsync("/overview");

        await Filters.ChooseAsync(page, "filter-as-of", "30 September 2021");
        await page.WaitForSelectorAsync("[data-as-of='2021-09-30']");

        Assert.That(page.Url, Does.EndWith("/overview?asOf=2021-09-30"));
        await AssertTilesEqualWiMetricsAsync(page);
        var reopened = await Session.OpenInteractiveAsync("/overview?asOf=2021-09-30");
        Assert.That(await reopened.GetAttributeAsync("[data-as-of]", "data-as-of"), Is.EqualTo("2021-09-30"), "the link reproduces the view");
    }

    [Test]
    public async Task ShouldSayFewerThan12MonthsOfData_OnTheYearBasedTiles_UntilTheSamplesHistoryCoversTheYear()
    {
        // The sample's history starts on 2018-10-01: on 2019-09-30, D − 12 months (2018-09-30) is a day before it.
        var before = await Session.OpenInteractiveAsync("/overview?asOf=2019-09-30");
        var after = await Session.OpenInteractiveAsync("/overview?asOf=2019-10-31");

        foreach (var id in new[] { "WF-TURN", "CH-3P-RATE", "CH-SAME-RATE", "REF-RATE" })
        {
            Assert.That(await before.Locator($"[data-metric='{id}'] .wi-tile-value").TextContentAsync(), Is.EqualTo("fewer than 12 months of data"), id);
        }

        Assert.That(await before.Locator("[data-metric='WF-AGY-HC'] .wi-tile-value").TextContentAsync(), Does.Match(@"^\d+$"), "agency workers on D is a point-in-time figure");
        Assert.That(await after.Locator("[data-metric='WF-TURN'] .wi-tile-value").TextContentAsync(), Does.Match(@"^\d+\.\d%$"), "the year to 2019-10-31 starts on 2018-11-01");
        Assert.That(await after.Locator("[data-metric='WF-TURN'] [data-testid='chart-table'] tr[data-key='2019-09-30'] td").TextContentAsync(), Is.EqualTo("fewer than 12 months of data"));
        Assert.That(await after.Locator("[data-metric='REF-RATE'] .wi-tile-value").TextContentAsync(), Is.EqualTo("fewer than 12 months of data"), "re-referrals need two years");
    }

    [Test]
    public async Task ShouldShowATeamsOwnFigures_WhenATeamIsChosen()
    {
        var page = await Session.OpenInteractiveAsync("/overview");
        var council = await page.GetAttributeAsync("[data-metric='CASE-AVG']", "data-value");

        await Filters.ChooseAsync(page, "filter-area", "Family Safeguarding");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='Family Safeguarding']");
        await Filters.ChooseAsync(page, "filter-team", "Family Safeguarding Northbridge 1");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='FS01']");

        Assert.That(page.Url, Does.EndWith("/overview?area=Family%20Safeguarding&team=FS01"));
        Assert.That(await page.GetAttributeAsync("[data-metric='CASE-AVG']", "data-value"), Is.Not.EqualTo(council), "a team's average caseload is its own");
        Assert.That(await page.GetAttributeAsync("a:has-text('More on average caseload')", "href"), Is.EqualTo("/caseloads?area=Family%20Safeguarding&team=FS01"), "the tile's link keeps the team");
    }

    [Test]
    public async Task ShouldDrawEveryTrendLine_WithATableAlternative()
    {
        var page = await Session.OpenInteractiveAsync("/overview");

        Assert.That(await page.Locator(".wi-tile[data-metric]").CountAsync(), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(await page.Locator(".wi-tile[data-metric] svg.wi-chart-svg path").CountAsync(), Is.GreaterThanOrEqualTo(s_jsonPaths.Count), "every tile draws its line");
        Assert.That(await page.Locator(".wi-tile[data-metric] [data-testid='chart-table'] tbody tr").CountAsync(), Is.EqualTo(s_jsonPaths.Count * 24), "two years of month ends per tile");
        await Screenshots.SaveAsync(page, "overview.png", fullPage: true);
    }

    [Test]
    public async Task ShouldOfferEachTrendLineAsCsv_HoldingExactlyTheMonthsItPlots()
    {
        var page = await Session.OpenInteractiveAsync("/overview?asOf=2024-03-31");
        using var http = await Session.SignedInHttpAsync();

        foreach (var tile in await page.Locator(".wi-tile[data-metric]").AllAsync())
        {
            var id = await tile.GetAttributeAsync("data-metric");
            var table = await tile.Locator("[data-testid='chart-table'] tbody tr").EvaluateAllAsync<string[][]>(
                "rows => rows.map(r => [r.querySelector('th').textContent, r.querySelector('td').dataset.value])");
            var csv = await ChartDownloads.SeriesCsvAsync(http, (await tile.Locator("a[data-format='csv']").GetAttributeAsync("href"))!);

            Assert.That(csv.Keys.Select(k => k.MetricId), Is.All.EqualTo(id));
            Assert.That(csv.Keys.Select(k => k.Month), Is.EqualTo(table.Select(r => ChartDownloads.Month(r[0]))), $"{id}: the same months, ending at the reporting date");
            Assert.That(csv.Values, Is.EqualTo(table.Select(r => r[1])), $"{id}: the same values");
            Assert.That(table[^1][0], Is.EqualTo("Mar 2024"));
        }
    }

    [Test]
    public async Task ShouldReachTheSkipLinkNavigationEveryFilterTrendTableDownloadAndTileLinkByKeyboard()
    {
        var page = await Session.OpenInteractiveAsync("/overview");
        // Blazor moves focus to the page heading after navigation; start from the top of the page instead.
        await page.EvaluateAsync("() => { document.body.setAttribute('tabindex', '-1'); document.body.focus(); }");

        var reached = new List<(string Id, string Text)>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("[document.activeElement.id, document.activeElement.textContent]");
            reached.Add((focused[0], focused[1].Trim()));
        }

        Assert.That(reached[0].Text, Is.EqualTo("Skip to main content"));
        // Tabbing past the last element starts again at the top: keep one round.
        reached = [.. reached.Take(reached.FindIndex(1, r => r.Text == "Skip to main content") is var end and > 0 ? end : reached.Count)];
        Assert.That(reached.Select(r => r.Text).Where(s_navigation.Contains), Is.EqualTo(s_navigation), "the navigation, in order");
        Assert.That(reached.Select(r => r.Id).Where(id => id.StartsWith("filter-", StringComparison.Ordinal)), Is.EqualTo(new[] { "filter-as-of", "filter-area", "filter-team" }));
        Assert.That(reached.Count(r => r.Text.StartsWith("Trend as a table", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(reached.Count(r => r.Text.StartsWith("Trend as CSV", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(reached.Count(r => r.Text.StartsWith("Chart as PNG", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(reached.Count(r => r.Text.StartsWith("More on", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count + 1), "every tile links to its page, the Leader's agency rules tile to /agency");
    }

    /// <summary>Every tile's figure equals <c>wi metrics --format json</c> for the date the page shows.</summary>
    private async Task AssertTilesEqualWiMetricsAsync(IPage page)
    {
        var asOf = await page.GetAttributeAsync("[data-as-of]", "data-as-of");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await WiCommandLine.RunAsync(["metrics", "--as-of", asOf!, "--db", Session.App.DatabasePath, "--format", "json"], output, error);
        using var json = JsonDocument.Parse(output.ToString());

        Assert.That(exit, Is.Zero, error.ToString());
        Assert.That(json.RootElement.GetProperty("asOf").GetString(), Is.EqualTo(asOf));
        foreach (var (id, path) in s_jsonPaths)
        {
            var shown = await page.GetAttributeAsync($"[data-metric='{id}']", "data-value");
            var expected = path.Split('.').Aggregate(json.RootElement, (e, name) => e.GetProperty(name)).GetDouble();
            Assert.That(double.Parse(shown!, CultureInfo.InvariantCulture), Is.EqualTo(expected).Within(1e-9), id);
        }
    }
}

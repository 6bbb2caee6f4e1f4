using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using WorkforceInsights.Cli;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class CaseloadsPageTests : BrowserTest
{
    [Test]
    public async Task ShouldListEveryCaseHolder_WithTheCasesAndBandAveragesOfWiMetrics()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");
        var asOf = await page.GetAttributeAsync("[data-as-of]", "data-as-of");
        await Filters.ShowAllRowsAsync(page, page.Locator("[data-testid='case-holders-chart']"), "case-holders");
        var cases = await page.Locator("[data-testid='case-holders'] tbody tr td[data-cases]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.cases)");
        var total = await Filters.RowCountAsync(page.Locator("[data-testid='case-holders']"));
        var bands = await page.Locator("[data-testid='bands'] tbody tr").AllInnerTextsAsync();

        using var output = new StringWriter();
        using var error = new StringWriter();
        await WiCommandLine.RunAsync(["metrics", "--as-of", asOf!, "--db", Session.App.DatabasePath, "--format", "json"], output, error);
        using var json = JsonDocument.Parse(output.ToString());
        var caseload = json.RootElement.GetProperty("caseload");

        Assert.That(cases, Has.Length.EqualTo(total), "every case holder is listed");
        Assert.That(cases.Sum(c => int.Parse(c, CultureInfo.InvariantCulture)), Is.EqualTo(caseload.GetProperty("casesHeld").GetInt32()));
        foreach (var band in caseload.GetProperty("byExperienceBand").EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Number))
        {
            var shown = band.Value.GetDouble().ToString("N1", CultureInfo.GetCultureInfo("en-GB"));
            Assert.That(bands.Single(b => b.StartsWith(band.Name + "\t", StringComparison.Ordinal)), Does.Contain(shown), band.Name);
        }

        await Screenshots.SaveAsync(page, "caseloads.png", fullPage: false);
    }

    [Test]
    public async Task ShouldDrillDownFromServiceAreaToTeamToThatTeamsWorkers()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads?asOf=2025-03-31");

        var area = page.Locator("[data-testid='area-averages'] tbody tr").First;
        var areaName = await area.Locator("th").GetAttributeAsync("data-key");
        await area.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid='scope'][data-dimension='ServiceArea']");

        Assert.That(page.Url, Does.EndWith("/caseloads?asOf=2025-03-31&area=" + Uri.EscapeDataString(areaName!)));
        Assert.That(await page.Locator("[data-testid='area-averages']").CountAsync(), Is.Zero, "within an area, its teams are listed instead");
        var teamsOfArea = SampleTeams().Where(t => t.Area == areaName).Select(t => t.Code).ToList();
        var listed = await page.Locator("[data-testid='team-averages'] tbody tr th").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.key)");
        Assert.That(listed, Is.Not.Empty.And.SubsetOf(teamsOfArea), "only the area's teams");
        Assert.That(await Filters.OptionsAsync(page, "filter-team"), Has.Count.EqualTo(teamsOfArea.Count + 1), "the team filter offers the area's teams (and all of them)");

        var team = listed[0];
        await page.Locator($"[data-testid='team-averages'] th[data-key='{team}'] a").ClickAsync();
        await page.WaitForSelectorAsync($"[data-testid='scope'][data-group='{team}']");

        Assert.That(page.Url, Does.EndWith($"/caseloads?asOf=2025-03-31&area={Uri.EscapeDataString(areaName!)}&team={team}"));
        var teams = await page.Locator("[data-testid='case-holders'] tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.That(teams, Is.Not.Empty.And.All.EqualTo(team), "only the chosen team's case holders");
    }

    [Test]
    public async Task ShouldOfferThePerWorkerChartAsCsv_HoldingExactlyItsCasesAndThresholds()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads?area=Assessment");
        using var http = await Session.SignedInHttpAsync();

        var table = await page.Locator("[data-testid='case-holders'] tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.querySelector('th').dataset.worker, r.querySelector('[data-cases]').dataset.cases, r.querySelector('[data-threshold]').dataset.threshold])");
        var link = await page.GetAttributeAsync("[data-testid='case-holders-chart'] a[data-format='csv']", "href");
        var csv = await CaseHoldersCsvAsync(page, http);

        Assert.That(link, Does.Contain("asOf=").And.Contain("area=Assessment"), "the download names the date shown, so it never drifts after a new import");
        Assert.That(table, Is.Not.Empty);
        Assert.That(csv.Take(table.Length).Select(f => f[0]), Is.EqualTo(table.Select(r => r[0])), "the table's first page is the CSV's first rows, in the same order");
        foreach (var (row, fields) in table.Zip(csv))
        {
            ChartDownloads.AssertSameOrSuppressed(fields[4], row[1], $"{row[0]} cases");
            Assert.That(fields[5], Is.EqualTo(row[2]), $"{row[0]} threshold");
        }

        Assert.That(await Filters.RowCountAsync(page.Locator("[data-testid='case-holders']")), Is.EqualTo(csv.Count), "and the table holds as many rows as the CSV");
    }

    [Test]
    public async Task ShouldListTheCaseHoldersAboveTheirThreshold_AsManyAsTheCountSays()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        var count = await page.InnerTextAsync("[data-testid='above-threshold']");
        var listed = await Filters.RowCountAsync(page.Locator("[data-testid='above-threshold-list']"));

        Assert.That(listed, Is.GreaterThan(0));
        Assert.That(count, Does.StartWith($"{listed} of "));
    }

    [Test]
    public async Task ShouldHeadlineTheManagersAboveTheSpanTarget_WithTheLargestSpan_AndTheAverageSecond()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        var text = await page.InnerTextAsync("[data-testid='spans-headline']");
        var spans = (await page.Locator("[data-testid='spans'] tbody tr td:nth-child(2)").AllTextContentsAsync()).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
        var headline = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+) of (\d+) line managers \([\d.]+%\) have more than 6 direct reports .*; the largest span is (\d+) ");

        Assert.That(headline.Success, Is.True, text);
        Assert.That(int.Parse(headline.Groups[3].Value, CultureInfo.InvariantCulture), Is.EqualTo(spans.Max()), "the table's largest span (sorted largest first)");
        Assert.That(text, Does.Contain("The average is").And.Not.Contain("on target"), "the average is secondary, with no status of its own");
    }

    [Test]
    public async Task ShouldHeadlineTheCaseHoldersWellOverTheirThreshold_FurthestOverFirst_WithTheBandsAddingUp()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        var text = await page.InnerTextAsync("[data-testid='above-threshold']");
        var numbers = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+) of (\d+) case holders carry more than 2 cases over their threshold .*; (\d+) more are over by up to 2, and the other (\d+) are within it\.$");
        var excess = await page.Locator("[data-testid='above-threshold-list'] tbody tr td:nth-child(7)").AllTextContentsAsync();

        Assert.That(numbers.Success, Is.True, text);
        int N(int group) => int.Parse(numbers.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.That(N(1) + N(3) + N(4), Is.EqualTo(N(2)), "well over, a little over and within add up to every case holder");
        var values = excess.Select(e => decimal.Parse(e, CultureInfo.GetCultureInfo("en-GB"))).ToList();
        Assert.That(values, Is.All.GreaterThan(2m), "only those over by more than the margin");
        Assert.That(values, Is.Ordered.Descending, "furthest over first");
    }

    [Test]
    public async Task ShouldSortTheCaseHolders_FromTheKeyboard()
    {
        // The case holders are the chart's table: open it from the keyboard too.
        var page = await Session.OpenInteractiveAsync("/caseloads?area=Assessment");
        await page.Locator("[data-testid='case-holders-chart'] .mud-expand-panel-header").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var table = page.Locator("[data-testid='case-holders']");
        var workers = table.Locator("tbody th[data-worker]");
        var heading = table.Locator(".mud-table-sort-label", new() { HasText = "Worker" });
        await heading.WaitForAsync();

        await heading.FocusAsync();
        Assert.That(await heading.EvaluateAsync<bool>("e => e === document.activeElement"), Is.True, "the sort heading takes the keyboard's focus");
        Assert.That(await heading.GetAttributeAsync("role"), Is.EqualTo("button"));
        await page.Keyboard.PressAsync("Enter");
        string[] ids = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            ids = await workers.EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.worker)");
            if (ids.Length > 1 && ids.SequenceEqual(ids.Order(StringComparer.Ordinal)))
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.That(ids, Has.Length.GreaterThan(1));
        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "Enter sorts by worker, as a click does");
    }

    [Test]
    public async Task ShouldOpenTheRebalanceChartsTable_FromTheKeyboard_ListingEveryCaseHolderBeforeAndAfter()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads?area=Family%20Safeguarding");
        var chart = page.Locator("[data-testid='rebalance-chart']");
        var toggle = chart.Locator(".mud-expand-panel-header");

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var rows = chart.Locator("[data-testid='rebalance-case-holders'] tbody tr");
        await rows.First.WaitForAsync();

        var changed = await rows.Locator("td:nth-child(6)").AllTextContentsAsync();
        Assert.That(await chart.Locator("figure svg").CountAsync(), Is.EqualTo(1), "the chart is drawn in the page");
        Assert.That(changed, Does.Contain("gives").And.Contain("receives"), "the plan relieves someone over threshold by giving to someone with room");
        var movers = await page.Locator("[data-testid='rebalance-moves'] tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.flatMap(r => [r.cells[2].textContent, r.cells[3].textContent])");
        Assert.That(changed.Count(c => c != "no"), Is.EqualTo(movers.Distinct().Count()), "a row changes for each worker who gives or receives a move");
    }

    /// <summary>The rows (fields) of the case holders' CSV behind the page's chart, header checked and dropped.</summary>
    private static async Task<List<string[]>> CaseHoldersCsvAsync(IPage page, HttpClient http)
    {
        var link = await page.GetAttributeAsync("[data-testid='case-holders-chart'] a[data-format='csv']", "href");
        var lines = (await http.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("worker_id,team_code,experience_band,fte,cases,threshold,above_threshold"));
        return [.. lines.Skip(1).Select(l => l.Split(','))];
    }

    private static IEnumerable<(string Code, string Area)> SampleTeams() =>
        File.ReadLines(Path.Combine(WorkforceInsights.TestSupport.RepositoryPaths.SampleData, "teams.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(f => (f[0], f[2]));
}

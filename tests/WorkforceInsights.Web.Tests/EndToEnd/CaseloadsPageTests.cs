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
        await page.WaitForSelectorAsync("g.rz-line-series path");
        var asOf = await page.GetAttributeAsync("[data-as-of]", "data-as-of");
        var cases = await page.Locator("[data-testid='case-holders'] tbody tr td:nth-child(5)").AllTextContentsAsync();
        var bands = await page.Locator("[data-testid='bands'] tbody tr").AllInnerTextsAsync();

        using var output = new StringWriter();
        using var error = new StringWriter();
        await WiCommandLine.RunAsync(["metrics", "--as-of", asOf!, "--db", Session.App.DatabasePath, "--format", "json"], output, error);
        using var json = JsonDocument.Parse(output.ToString());
        var caseload = json.RootElement.GetProperty("caseload");

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
        var areaName = await area.GetAttributeAsync("data-key");
        await area.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid='scope'][data-dimension='ServiceArea']");

        Assert.That(page.Url, Does.EndWith("/caseloads?asOf=2025-03-31&area=" + Uri.EscapeDataString(areaName!)));
        Assert.That(await page.Locator("[data-testid='area-averages']").CountAsync(), Is.Zero, "within an area, its teams are listed instead");
        var teamsOfArea = await page.Locator("#filter-team option:not([value=''])").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        var listed = await page.Locator("[data-testid='team-averages'] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
        Assert.That(listed, Is.Not.Empty.And.SubsetOf(teamsOfArea), "only the area's teams");

        var team = listed[0];
        await page.Locator($"[data-testid='team-averages'] tr[data-key='{team}'] a").ClickAsync();
        await page.WaitForSelectorAsync($"[data-testid='scope'][data-group='{team}']");

        Assert.That(page.Url, Does.EndWith($"/caseloads?asOf=2025-03-31&area={Uri.EscapeDataString(areaName!)}&team={team}"));
        var teams = await page.Locator("[data-testid='case-holders'] tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.That(teams, Is.Not.Empty.And.All.EqualTo(team), "only the chosen team's case holders");
    }

    [Test]
    public async Task ShouldOfferThePerWorkerChartAsCsv_HoldingExactlyItsCasesAndThresholds()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads?area=Assessment");
        using var http = new HttpClient { BaseAddress = new Uri(Session.BaseUrl) };

        var table = await page.Locator("[data-testid='case-holders'] tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.worker, r.querySelector('[data-cases]').dataset.cases, r.querySelector('[data-threshold]').dataset.threshold])");
        var link = await page.GetAttributeAsync("[data-testid='case-holders-csv']", "href");
        var csv = (await http.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(link, Does.Contain("asOf=").And.Contain("area=Assessment"), "the download names the date shown, so it never drifts after a new import");
        Assert.That(csv[0], Is.EqualTo("worker_id,team_code,experience_band,fte,cases,threshold,above_threshold"));
        Assert.That(table, Is.Not.Empty);
        Assert.That(csv.Skip(1).Select(l => l.Split(',')).Select(f => new[] { f[0], f[4], f[5] }), Is.EqualTo(table));
    }

    [Test]
    public async Task ShouldListTheCaseHoldersAboveTheirThreshold_AsManyAsTheCountSays()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        var count = await page.InnerTextAsync("[data-testid='above-threshold']");
        var listed = await page.Locator("[data-testid='above-threshold-list'] tbody tr").CountAsync();

        Assert.That(listed, Is.GreaterThan(0));
        Assert.That(count, Does.StartWith($"{listed} of "));
    }
}

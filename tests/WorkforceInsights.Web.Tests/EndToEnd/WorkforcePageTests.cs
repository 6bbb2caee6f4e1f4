using System.Globalization;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class WorkforcePageTests : BrowserTest
{
    [Test]
    public async Task ShouldChangeTheChartsAndTheUrl_WhenATeamIsChosen()
    {
        var page = await Session.OpenInteractiveAsync("/workforce");
        var councilTurnover = await LatestTurnoverAsync(page);

        await page.SelectOptionAsync("#filter-area", "Family Safeguarding");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='Family Safeguarding']");
        Assert.That(page.Url, Does.EndWith("/workforce?area=Family%20Safeguarding"));
        await page.SelectOptionAsync("#filter-team", "FS01");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-group='FS01']");

        Assert.That(page.Url, Does.EndWith("/workforce?area=Family%20Safeguarding&team=FS01"));
        Assert.That(await LatestTurnoverAsync(page), Is.Not.EqualTo(councilTurnover), "a team's turnover is not the council's");
        await page.WaitForSelectorAsync("g.rz-line-series path");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SampleCouncilApp.RepositoryRoot(), "artifacts", "screenshots", "workforce.png"), FullPage = true });
    }

    [Test]
    public async Task ShouldOfferInItsTableAndCsvExactlyTheNumbersEachChartPlots()
    {
        var page = await Session.OpenInteractiveAsync("/workforce?area=Assessment");
        await page.WaitForSelectorAsync("g.rz-line-series path");
        using var http = new HttpClient { BaseAddress = new Uri(Session.BaseUrl) };

        foreach (var chart in await page.Locator("section.wi-chart").AllAsync())
        {
            var table = await chart.Locator("td[data-metric]").EvaluateAllAsync<string[][]>(
                "cells => cells.map(c => [c.closest('tr').querySelector('th').textContent, c.dataset.metric, c.dataset.value])");
            var csvLink = await chart.Locator("a[download]").GetAttributeAsync("href");
            var csv = (await http.GetStringAsync(csvLink)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(line => line.Split(','))
                .ToDictionary(f => (f[0][..7], f[1]), f => f[^3]);

            Assert.That(table, Is.Not.Empty);
            foreach (var cell in table)
            {
                var month = DateTime.ParseExact(cell[0], "MMM yyyy", CultureInfo.GetCultureInfo("en-GB")).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                Assert.That(csv[(month, cell[1])], Is.EqualTo(cell[2]), $"{cell[1]} {cell[0]}");
            }
        }
    }

    [Test]
    public async Task ShouldSplitTheYearsLeaversByReason_AddingUpToTheLeaversFte()
    {
        var page = await Session.OpenInteractiveAsync("/workforce");
        await page.WaitForSelectorAsync("[data-testid='leavers-by-reason']");

        var byReason = await page.Locator("[data-testid='leavers-by-reason'] td[data-fte]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.fte)");
        var leaversFte = await page.Locator("section[data-chart='WF-STR-FTE,WF-LVR-FTE'] td[data-metric='WF-LVR-FTE']").Last.GetAttributeAsync("data-value");

        Assert.That(byReason, Is.Not.Empty);
        Assert.That(byReason.Sum(f => double.Parse(f, CultureInfo.InvariantCulture)), Is.EqualTo(double.Parse(leaversFte!, CultureInfo.InvariantCulture)).Within(1e-9));
    }

    /// <summary>The last month's turnover in the turnover chart's table.</summary>
    private static async Task<string?> LatestTurnoverAsync(IPage page) =>
        await page.Locator("section[data-chart='WF-TURN'] td[data-metric='WF-TURN']").Last.GetAttributeAsync("data-value");
}

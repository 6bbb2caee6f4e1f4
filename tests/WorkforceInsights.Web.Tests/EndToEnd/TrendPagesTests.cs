using WorkforceInsights.Core.Metrics;
using Microsoft.Playwright;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class TrendPagesTests : BrowserTest
{
    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData("/workforce", PageCharts.For(DashboardPage.Workforce).Count, "workforce-council.png");
        yield return new TestCaseData("/children", PageCharts.For(DashboardPage.Children).Count, "children.png");
        yield return new TestCaseData("/referrals", PageCharts.For(DashboardPage.ReferralsAndDemand).Count, "referrals.png");
        yield return new TestCaseData("/changes", PageCharts.For(DashboardPage.Changes).Count, "changes.png");
    }

    [TestCaseSource(nameof(Pages))]
    public async Task ShouldLoadWithEveryChartDrawnAndNoErrorShown(string path, int charts, string screenshot)
    {
        var page = await Session.OpenInteractiveAsync(path);
        Assert.That(await page.Locator("section.wi-chart[data-chart]").CountAsync(), Is.EqualTo(charts));
        Assert.That(await page.Locator("section.wi-chart[data-chart] svg.wi-chart-svg").CountAsync(), Is.EqualTo(charts), "every chart drawn, by the server");
        Assert.That(await page.IsVisibleAsync("#blazor-error-ui"), Is.False);
        await Screenshots.SaveAsync(page, screenshot, fullPage: true);
    }

    [Test]
    public async Task ShouldSplitTheChildrensMeasuresByCaseType_InTheUrl()
    {
        var page = await Session.OpenInteractiveAsync("/children");
        var council = await page.Locator("section[data-chart='CH-3P-RATE,CH-CLA-3P-RATE'] td[data-series='CH-3P-RATE']").Last.GetAttributeAsync("data-value");

        await Filters.ChooseAsync(page, "filter-case-type", "Child protection plan (CP)");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-dimension='CaseType'][data-group='CP']");

        Assert.That(page.Url, Does.EndWith("/children?caseType=CP"));
        Assert.That(await page.Locator("section[data-chart='CH-3P-RATE,CH-CLA-3P-RATE'] td[data-series='CH-3P-RATE']").Last.GetAttributeAsync("data-value"), Is.Not.EqualTo(council));
    }

    [Test]
    public async Task ShouldSplitSocialWorkersPerChildByCaseType_WithTheSameNumbersInTableAndCsv()
    {
        var page = await Session.OpenInteractiveAsync("/children?asOf=2025-09-30");
        using var http = await Session.SignedInHttpAsync();
        var chart = page.Locator("[data-testid='children-by-case-type']");

        var table = await chart.Locator("td[data-series]").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.closest('tr').dataset.key, c.dataset.series, c.dataset.value])");
        var csv = (await http.GetStringAsync(await chart.Locator("a[data-format='csv']").GetAttributeAsync("href"))).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(',')).ToDictionary(f => (f[0], f[1]), f => f[^3]);

        Assert.That(table.Select(c => c[0]).Distinct(), Is.EqualTo(new[] { "CIN", "CP", "CLA", "CL" }));
        Assert.That(csv, Has.Count.EqualTo(table.Length));
        foreach (var cell in table)
        {
            Assert.That(csv[(cell[0], cell[1])], Is.EqualTo(cell[2]), $"{cell[0]} {cell[1]}");
        }

        var council = await page.Locator("section[data-chart='CH-W1,CH-W2,CH-W3P'] tbody tr").Last.Locator("td").EvaluateAllAsync<double[]>("cells => cells.map(c => +c.dataset.value)");
        var byType = table.GroupBy(c => c[1]).Select(g => g.Sum(c => double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.That(byType, Is.EqualTo(council), "the case types add up to the whole council's 1, 2 and 3+ counts");
    }

    [Test]
    public async Task ShouldReachEveryFilterByKeyboard()
    {
        var page = await Session.OpenInteractiveAsync("/children");
        await page.EvaluateAsync("() => { document.body.setAttribute('tabindex', '-1'); document.body.focus(); }");

        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            ids.Add(await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        Assert.That(ids, Is.SupersetOf(new[] { "filter-as-of", "filter-area", "filter-team", "filter-case-type" }));
    }
}

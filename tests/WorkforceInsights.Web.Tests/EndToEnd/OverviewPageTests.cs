using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
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

    [Test]
    public async Task ShouldShowTheSameFiguresAsWiMetrics_ForTheDataAsAtDate()
    {
        var page = await Session.OpenInteractiveAsync("/overview");
        var asOf = await page.GetAttributeAsync("[data-as-of]", "data-as-of");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await WiCommandLine.RunAsync(["metrics", "--as-of", asOf!, "--db", Session.App.DatabasePath, "--format", "json"], output, error);
        using var json = JsonDocument.Parse(output.ToString());

        Assert.That(exit, Is.Zero, error.ToString());
        foreach (var (id, path) in s_jsonPaths)
        {
            var shown = await page.GetAttributeAsync($"[data-metric='{id}']", "data-value");
            var expected = path.Split('.').Aggregate(json.RootElement, (e, name) => e.GetProperty(name)).GetDouble();
            Assert.That(double.Parse(shown!, CultureInfo.InvariantCulture), Is.EqualTo(expected).Within(1e-9), id);
        }
    }

    [Test]
    public async Task ShouldDrawEveryTrendLine_WithATableAlternative()
    {
        var page = await Session.OpenInteractiveAsync("/overview");
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.wi-tile g.rz-line-series path').length >= n", s_jsonPaths.Count);

        Assert.That(await page.Locator(".wi-tile").CountAsync(), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(await page.Locator(".wi-tile details table tbody tr").CountAsync(), Is.GreaterThanOrEqualTo(s_jsonPaths.Count * 12), "two years of month ends per tile");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("overview.png"), FullPage = true });
    }

    [Test]
    public async Task ShouldKeepTheReportingDateInTheUrl()
    {
        var page = await Session.OpenInteractiveAsync("/overview?asOf=2021-09-30");

        Assert.That(await page.GetAttributeAsync("[data-as-of]", "data-as-of"), Is.EqualTo("2021-09-30"));
    }

    [TestCase("/overview")]
    [TestCase("/workforce")]
    [TestCase("/children")]
    [TestCase("/referrals")]
    [TestCase("/data")]
    [TestCase("/caseloads")]
    [TestCase("/workforce?area=Family%20Safeguarding&team=FS01")]
    [TestCase("/")]
    public async Task ShouldHaveNoSeriousOrCriticalAccessibilityViolations(string path)
    {
        var page = await Session.Browser.NewPageAsync();
        await page.GotoAsync(Session.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.That(serious, Is.Empty);
    }

    [Test]
    public async Task ShouldReachTheSkipLinkNavigationEveryTrendTableAndTileLinkByKeyboard()
    {
        var page = await Session.OpenInteractiveAsync("/overview");
        // Blazor moves focus to the page heading after navigation; start from the top of the page instead.
        await page.EvaluateAsync("() => { document.body.setAttribute('tabindex', '-1'); document.body.focus(); }");

        var reached = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add((await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        }

        Assert.That(reached.Take(8), Is.EqualTo(new[] { "Skip to main content", "Overview", "Workforce", "Caseloads", "Children", "Referrals and demand", "Data status", "Import errors and data quality" }));
        Assert.That(reached.Count(r => r.StartsWith("Trend as a table", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count));
        Assert.That(reached.Count(r => r.StartsWith("More on", StringComparison.Ordinal)), Is.EqualTo(s_jsonPaths.Count), "every tile links to its page");
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(SampleCouncilApp.RepositoryRoot(), "artifacts", "screenshots")).FullName;
        return Path.Combine(folder, name);
    }
}

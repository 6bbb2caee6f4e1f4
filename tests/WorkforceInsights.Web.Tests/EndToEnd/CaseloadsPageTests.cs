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

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SampleCouncilApp.RepositoryRoot(), "artifacts", "screenshots", "caseloads.png"), FullPage = false });
    }

    [Test]
    public async Task ShouldDrillDownFromTheTeamTableToThatTeam()
    {
        var page = await Session.OpenInteractiveAsync("/caseloads");

        await page.Locator("[data-testid='team-averages'] tbody tr a").First.ClickAsync();
        // The case-holder table sits in a closed <details>: wait for its rows to hold one team only.
        await page.WaitForFunctionAsync("""
            () => {
                const teams = [...document.querySelectorAll("[data-testid='case-holders'] tbody tr td:nth-child(2)")].map(c => c.textContent);
                return location.search.includes('team=') && teams.length > 0 && new Set(teams).size === 1;
            }
            """);

        Assert.That(page.Url, Does.Contain("/caseloads?team="));
        var teams = await page.Locator("[data-testid='case-holders'] tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.That(teams.Distinct().Count(), Is.EqualTo(1), "only the chosen team's case holders");
    }
}

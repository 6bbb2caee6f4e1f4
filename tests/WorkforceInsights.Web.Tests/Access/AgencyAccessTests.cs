using Microsoft.Extensions.DependencyInjection;
using WorkforceInsights.Data.Access;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// The Agency page's worker-level register is in the access log (access.md), and the Overview's agency rules tile is
/// for Leader and HR only, decided on the server.
/// </summary>
[NonParallelizable]
public class AgencyAccessTests
{
    private SampleCouncilApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new SampleCouncilApp(settings: AgencyPageTests.SampleCap);

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task ShouldLogTheRegistersViewAndDownload_AndTheReturn_WithTheirRowCounts()
    {
        using var hr = await _app.SignedInClientAsync("HR");

        var page = await hr.GetStringAsync("/agency?asOf=2026-09-30");
        var csv = await hr.GetStringAsync("/download/agency-register.csv?asOf=2026-09-30");
        await hr.GetStringAsync("/download/agency-return.csv?quarter=2026-Q3");
        await hr.GetStringAsync("/download/agency-spend.csv?asOf=2026-09-30"); // the estimate is about no one: no row

        var rows = await _app.Services.GetRequiredService<AccessLogStore>().RecentAsync(null, null, 100);
        var listed = System.Text.RegularExpressions.Regex.Count(page, "<th scope=\"row\" class=\"mud-table-cell\" data-worker=");
        Assert.That(rows.Select(r => r.Resource), Is.EquivalentTo(new[] { "/agency", "/download/agency-register.csv", "/download/agency-return.csv" }));
        Assert.That(rows.Single(r => r.Resource == "/agency").RowsReturned, Is.EqualTo(listed).And.GreaterThan(0));
        Assert.That(rows.Single(r => r.Resource == "/agency").Filters, Is.EqualTo("asOf=2026-09-30"));
        Assert.That(rows.Single(r => r.Resource == "/download/agency-register.csv").RowsReturned, Is.EqualTo(csv.Trim().Split('\n').Length - 1));
        // 2026-Q3's return lists 8 assignments (agency.md's worked sample: the CLI's test counts them too).
        Assert.That(rows.Single(r => r.Resource == "/download/agency-return.csv").RowsReturned, Is.EqualTo(8));
        Assert.That(rows.Select(r => r.Roles), Is.All.EqualTo("HR"));
    }

    [TestCase("Leader", true)]
    [TestCase("HR", true)]
    [TestCase("OperationsManager", false)]
    [TestCase("DataOfficer", false)]
    public async Task ShouldShowTheOverviewsAgencyRulesTile_OnlyToLeaderAndHr(string role, bool shown)
    {
        using var client = await _app.SignedInClientAsync(role, role == "OperationsManager" ? "team:FS01" : null);

        var html = await client.GetStringAsync("/overview");

        Assert.That(html.Contains("data-testid=\"agency-rules-tile\"", StringComparison.Ordinal), Is.EqualTo(shown));
        Assert.That(html.Contains("href=\"/agency\"", StringComparison.Ordinal), Is.EqualTo(shown), "nor the navigation link");
    }
}

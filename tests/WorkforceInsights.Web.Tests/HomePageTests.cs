using System.Globalization;
using System.Net;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class HomePageTests(DatabaseProvider provider)
{
    private SampleCouncilApp? _app;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        // The SQL Server run is ignored, with the reason, unless WORKFORCE_TEST_SQLSERVER is set.
        _app = new SampleCouncilApp(provider == DatabaseProvider.SqlServer ? await SqlServerTestDatabase.CreateAsync() : null);
        _client = _app.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _client?.Dispose();
        _app?.Dispose();
    }

    [Test]
    public async Task ShouldShowTheSampleCouncilsLoadedRowCounts_OnFirstStart()
    {
        var html = await _client.GetStringAsync("/");

        foreach (var (extract, file) in new[] { ("teams", "teams.csv"), ("workers", "workers.csv"), ("allocations", "allocations.csv"), ("referrals", "referrals.csv"), ("establishment", "establishment.csv") })
        {
            var dataRows = File.ReadLines(Path.Combine(RepositoryPaths.SampleData, file)).Count(l => l.Length > 0) - 1;
            Assert.That(html, Does.Contain($"data-extract=\"{extract}\">{dataRows.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}<"), extract);
        }
    }

    [Test]
    public async Task ShouldShowTheFirstStartImportRun_WithEachFileLoaded()
    {
        var html = await _client.GetStringAsync("/");

        Assert.That(html, Does.Contain("Run 1 (first-start)"));
        Assert.That(html, Does.Contain("<th scope=\"row\">allocations.csv</th>"));
        Assert.That(html, Does.Not.Contain("outcome-rejected").And.Not.Contain("outcome-failed"));
    }

    [Test]
    public async Task ShouldServeTheBlazorAndRadzenScripts()
    {
        var blazor = await _client.GetAsync("/_framework/blazor.web.js");
        var radzen = await _client.GetAsync("/_content/Radzen.Blazor/Radzen.Blazor.js");

        Assert.That((blazor.StatusCode, radzen.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(blazor.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(await blazor.Content.ReadAsStringAsync(), Does.Contain("Blazor"));
    }
}

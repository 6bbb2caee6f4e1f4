using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests;

public class HomePageTests(DatabaseProvider provider) : SampleAppTest(provider)
{
    [Test]
    public async Task ShouldShowTheSampleCouncilsLoadedRowCounts_OnFirstStart()
    {
        var html = await Client.GetStringAsync("/");

        foreach (var (extract, file) in new[] { ("teams", "teams.csv"), ("workers", "workers.csv"), ("allocations", "allocations.csv"), ("referrals", "referrals.csv"), ("establishment", "establishment.csv") })
        {
            var dataRows = File.ReadLines(Path.Combine(RepositoryPaths.SampleData, file)).Count(l => l.Length > 0) - 1;
            Assert.That(html, Does.Contain($"data-extract=\"{extract}\">{dataRows.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))}<"), extract);
        }
    }

    [Test]
    public async Task ShouldShowTheFirstStartImportRun_WithEachFileLoaded()
    {
        // The import history is for data officers (access.md).
        using var officer = await App.SignedInClientAsync("DataOfficer");
        var html = await officer.GetStringAsync("/");

        Assert.That(html, Does.Contain("Run 1 (first-start)"));
        Assert.That(html, Does.Contain("<th scope=\"row\">allocations.csv</th>"));
        Assert.That(html, Does.Not.Contain("outcome-rejected").And.Not.Contain("outcome-failed"));
    }

    [Test]
    public async Task ShouldShowADataOfficerWhereTheDatabaseIs_AndTheImportRuns()
    {
        using var officer = await App.SignedInClientAsync("DataOfficer");
        var html = await officer.GetStringAsync("/");

        Assert.That(html, Does.Contain("data-testid=\"database\"").And.Contain("Database: "));
        Assert.That(html, Does.Contain("SQLite file " + App.DatabasePath).Or.Contain("Database: SQL Server "));
        Assert.That(html, Does.Contain("data-testid=\"import-run\"").And.Contain("Import history"));
    }

    [TestCase("Leader")]
    [TestCase("HR")]
    [TestCase("OperationsManager")]
    public async Task ShouldShowOtherRolesNeitherTheDatabaseNorTheImportRuns_ButTheLastImportsTime(string role)
    {
        using var client = await App.SignedInClientAsync(role, role == "OperationsManager" ? "team:FS01" : null);
        var html = await client.GetStringAsync("/");

        Assert.That(html, Does.Not.Contain("data-testid=\"database\"").And.Not.Contain("Database:").And.Not.Contain("SQLite file").And.Not.Contain(App.Folder));
        Assert.That(html, Does.Not.Contain("data-testid=\"import-run\"").And.Not.Contain("Import history").And.Not.Contain("first-start"));
        Assert.That(html, Does.Match("data-testid=\"last-import\">\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} UTC<"), "everyone sees when the last import finished");
        Assert.That(html, Does.Contain("data-extract=\"workers\""), "and the rows loaded");
    }

    [Test]
    public async Task ShouldNotEvenReadTheImportHistoryOrTheDatabasesLocation_ForAnyoneButADataOfficer()
    {
        var builder = App.Services.GetRequiredService<Services.HomeViewModelBuilder>();

        var others = await builder.BuildAsync(isDataOfficer: false);
        var officer = await builder.BuildAsync(isDataOfficer: true);

        Assert.That((others.Runs, others.Database), Is.EqualTo(((IReadOnlyList<Services.HomeViewModel.ImportRun>?)null, (string?)null)));
        Assert.That(others.LastImport, Is.Not.Null.And.EqualTo(officer.LastImport));
        Assert.That(officer.Runs, Is.Not.Empty);
        Assert.That(officer.Database, Is.Not.Null);
    }

    [Test]
    public async Task ShouldServeTheFrameworksOwnBlazorScriptAndMudBlazorsAssets()
    {
        var blazor = await Client.GetAsync("/_framework/blazor.web.js");
        var mudScript = await Client.GetAsync("/_content/MudBlazor/MudBlazor.min.js");
        var mudStyles = await Client.GetAsync("/_content/MudBlazor/MudBlazor.min.css");

        Assert.That((blazor.StatusCode, mudScript.StatusCode, mudStyles.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(blazor.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(await blazor.Content.ReadAsStringAsync(), Does.Contain("Blazor"));
    }
}

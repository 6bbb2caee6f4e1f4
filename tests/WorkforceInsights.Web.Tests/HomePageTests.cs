using System.Globalization;
using System.Net;
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

using System.Net;
using System.Text.Json;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>The health endpoint for monitoring, and the rate limit on downloads.</summary>
[NonParallelizable]
public class ServerLimitsTests
{
    [Test]
    public async Task ShouldSayTheDatabaseAnswers_AndHowOldTheLastImportIs_WithoutSignIn()
    {
        using var app = new SampleCouncilApp();
        using var anonymous = app.CreateClient();

        using var json = JsonDocument.Parse(await anonymous.GetStringAsync("/health"));

        Assert.That(json.RootElement.GetProperty("database").GetString(), Is.EqualTo("ok"));
        Assert.That(json.RootElement.GetProperty("lastImportAgeHours").GetDouble(), Is.InRange(0, 1), "the first-start import has just run");
    }

    [Test]
    public async Task ShouldRefuseDownloadsBeyondTheLimit_WithTooManyRequests()
    {
        using var app = new SampleCouncilApp(settings: new Dictionary<string, string> { ["Access:DownloadsPerMinute"] = "2" });
        using var client = await app.SignedInClientAsync("Leader");
        const string Url = "/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(Url);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }
}

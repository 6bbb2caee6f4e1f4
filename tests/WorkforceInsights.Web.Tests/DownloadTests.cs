using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Web.Tests;

/// <summary>The CSV downloads behind the charts, on each database engine (the browser tests compare them with the charts).</summary>
public class DownloadTests(DatabaseProvider provider) : SampleAppTest(provider)
{
    [Test]
    public async Task ShouldServeEachCaseTypesOneTwoAndThreePlusCounts_ForADate()
    {
        var csv = (await Client.GetStringAsync("/download/breakdown.csv?metrics=CH-W1,CH-W2,CH-W3P&dimension=CaseType&asOf=2026-10-31"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(csv[0], Is.EqualTo("group,metric_id,metric,value,numerator,denominator"));
        Assert.That(csv.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EquivalentTo(new[] { "CIN", "CP", "CLA", "CL" }));
        Assert.That(csv.Skip(1).Count(), Is.EqualTo(12), "three figures for each of four case types");
    }

    [Test]
    public async Task ShouldListTheSameCaseHoldersForAnAreaOrATeam_AsTheCouncilsListHoldsInItsTeams()
    {
        const string councilUrl = "/download/caseloads.csv?asOf=2026-10-31";
        var teams = await App.Services.GetRequiredService<TeamsQuery>().RunAsync();
        var council = await LinesAsync(councilUrl);
        Assert.That(council, Has.Count.GreaterThan(100), "the sample's case holders, so the check can fail");

        // An area's or team's list is read for its own teams only; it must still be the council's, cut to them.
        foreach (var area in teams.Select(t => t.ServiceArea).Distinct())
        {
            var codes = teams.Where(t => t.ServiceArea == area).Select(t => t.TeamCode).ToHashSet();
            Assert.That(await LinesAsync($"{councilUrl}&area={Uri.EscapeDataString(area)}"), Is.EqualTo(council.Where(l => codes.Contains(l.Split(',')[1]))), area);
        }

        var team = council[0].Split(',')[1];
        Assert.That(await LinesAsync($"{councilUrl}&team={team}"), Is.EqualTo(council.Where(l => l.Split(',')[1] == team)).And.Not.Empty, team);
    }

    /// <summary>A CSV's data lines (no header).</summary>
    private async Task<List<string>> LinesAsync(string url) =>
        [.. (await Client.GetStringAsync(url)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];

    [Test]
    public async Task ShouldServeASeriesBetweenTwoDates_Only()
    {
        var csv = (await Client.GetStringAsync("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council&from=2024-01-31&to=2024-12-31"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(csv.Skip(1).Select(l => l[..7]), Is.EqualTo(Enumerable.Range(1, 12).Select(m => $"2024-{m:00}")));
    }

    [TestCase("/download/series.csv?metrics=NOT-A-METRIC&dimension=Council&group=Council", "Unknown metric")]
    [TestCase("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council&to=31/12/2024", "yyyy-MM-dd")]
    [TestCase("/download/breakdown.csv?metrics=CH-W1&dimension=Planet&asOf=2026-10-31", "Unknown metric or dimension")]
    [TestCase("/download/caseloads.csv?asOf=2026-13-01", "yyyy-MM-dd")]
    [TestCase("/download/leavers-by-reason.csv?asOf=yesterday", "yyyy-MM-dd")]
    public async Task ShouldRefuseABadRequest_SayingWhatIsWrong(string url, string reason)
    {
        using var response = await Client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
    }
}

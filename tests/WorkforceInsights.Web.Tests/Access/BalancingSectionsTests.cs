using Microsoft.Extensions.DependencyInjection;
using WorkforceInsights.Data.Access;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// The Caseloads page's "Rebalance" and "Children about to lose their worker" sections (balancing.md): child-level, so
/// shown to a Leader and to an operations manager within scope only, and every view and download is in the access log.
/// </summary>
[NonParallelizable]
public class BalancingSectionsTests
{
    private const string Team = "/caseloads?area=Family%20Safeguarding&team=FS01&asOf=2026-09-30";

    [Test]
    public async Task ShouldShowTheSections_OnlyToThoseAllowedChildLevelData()
    {
        using var app = new SampleCouncilApp();
        using var leader = await app.SignedInClientAsync("Leader");
        using var manager = await app.SignedInClientAsync("OperationsManager", "team:FS01");
        using var hr = await app.SignedInClientAsync("HR");

        Assert.That(await leader.GetStringAsync(Team), Does.Contain("data-testid=\"rebalance\"").And.Contain("data-testid=\"handovers\""));
        Assert.That(await manager.GetStringAsync(Team), Does.Contain("data-testid=\"rebalance-case-holders\""));
        Assert.That(await manager.GetStringAsync("/caseloads?area=Assessment&team=AS01"), Does.Not.Contain("data-testid=\"rebalance\""));
        Assert.That(await hr.GetStringAsync(Team), Does.Not.Contain("data-testid=\"rebalance\"").And.Not.Contain("data-testid=\"handovers\""));
        Assert.That(await leader.GetStringAsync("/caseloads"), Does.Not.Contain("data-testid=\"rebalance\""), "a plan is for a team or a service area");
    }

    [Test]
    public async Task ShouldDownloadTheMovesAndTheHandovers_AndLogEach()
    {
        using var app = new SampleCouncilApp();
        using var manager = await app.SignedInClientAsync("OperationsManager", "team:FS01");

        var moves = await manager.GetStringAsync("/download/rebalance.csv?asOf=2026-09-30&team=FS01");
        var handovers = await manager.GetStringAsync("/download/handovers.csv?asOf=2026-09-30&team=FS01");

        Assert.That(moves, Does.StartWith("child_ids,family_id,from_worker_id,to_worker_id,weight,continuity_days\n"));
        Assert.That(handovers, Does.StartWith("child_id,worker_id,team_code,last_day,third_worker_risk\n"));
        var rows = await app.Services.GetRequiredService<AccessLogStore>().RecentAsync(null, null, 100);
        Assert.That(rows.Select(r => (r.Resource, r.Filters)), Is.EquivalentTo(new[]
        {
            ("/download/rebalance.csv", "asOf=2026-09-30&team=FS01"), ("/download/handovers.csv", "asOf=2026-09-30&team=FS01"),
        }));
        Assert.That(rows.Single(r => r.Resource == "/download/handovers.csv").RowsReturned, Is.EqualTo(handovers.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1));
    }

    [Test]
    public async Task ShouldChartEachCaseHolderBeforeAndAfter_WithLoadsThatAddUpToTheMoves()
    {
        using var app = new SampleCouncilApp();
        using var leader = await app.SignedInClientAsync("Leader");
        const string query = "asOf=2026-09-30&area=Family%20Safeguarding";

        var page = await leader.GetStringAsync("/caseloads?" + query);
        var moves = Rows(await leader.GetStringAsync("/download/rebalance.csv?" + query));
        var loads = Rows(await leader.GetStringAsync("/download/rebalance-loads.csv?" + query));
        var svg = await leader.GetStringAsync("/download/rebalance-loads.svg?" + query);

        Assert.That(moves, Is.Not.Empty, "the sample's Family Safeguarding area has case holders over threshold to relieve");
        Assert.That(page, Does.Contain("data-testid=\"rebalance-chart\"").And.Contain("<svg"));
        Assert.That(svg, Does.Contain("Load before and after the plan, per case holder"), "an area's case holders are within the chart limit, so each is drawn");

        // Each case holder's change is what their moves carry: e.g. a giver at 24 who hands over a family of weight 2
        // and a child of weight 1 ends at 21, and their receivers gain 2 and 1.
        var change = new Dictionary<string, decimal>();
        foreach (var move in moves)
        {
            var weight = decimal.Parse(move["weight"], System.Globalization.CultureInfo.InvariantCulture);
            change[move["from_worker_id"]] = change.GetValueOrDefault(move["from_worker_id"]) - weight;
            change[move["to_worker_id"]] = change.GetValueOrDefault(move["to_worker_id"]) + weight;
        }

        Assert.That(loads.Where(l => l["changed_by_plan"] == "yes").Select(l => l["worker_id"]), Is.EquivalentTo(change.Where(c => c.Value != 0).Select(c => c.Key)));
        foreach (var holder in loads.Where(l => l["load_before"] != "<5" && l["load_after"] != "<5"))
        {
            var before = decimal.Parse(holder["load_before"], System.Globalization.CultureInfo.InvariantCulture);
            var after = decimal.Parse(holder["load_after"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(after - before, Is.EqualTo(change.GetValueOrDefault(holder["worker_id"])), holder["worker_id"]);
        }

        var logged = await app.Services.GetRequiredService<AccessLogStore>().RecentAsync(null, null, 100);
        Assert.That(logged.Select(r => r.Resource), Does.Contain("/download/rebalance-loads.csv").And.Contain("/download/rebalance-loads.svg"));
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}

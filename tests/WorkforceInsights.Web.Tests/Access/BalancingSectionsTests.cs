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
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// The series refresh is the only place facts are computed: what it stores for a date (per-worker facts, leavers by
/// reason, findings, the council's figures; changes in StoredChangesTests) reads back equal to the engine's own facts for that date.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class StoredResultsTests(DatabaseProvider provider) : RefreshedSampleFixture(provider)
{
    private StoredResultsQuery Stored => new(Db.Connections);

    [Test]
    public async Task ShouldStoreEverySpellInPostWithItsCases_AsTheEngineCountsThem()
    {
        var stored = await Stored.WorkersOnAsync(AsOf);

        Assert.That(stored, Is.EquivalentTo(Day.Spells.Select(s => WorkerDayFact.From(AsOf, s))));
        Assert.That(stored.Sum(w => w.Cases), Is.EqualTo(CouncilMetrics.Calculate(Inputs, AsOf)["CASE-HELD"].Value), "the stored cases add up to the council's cases held");
    }

    [Test]
    public async Task ShouldReadOnlyTheWorkersOfTheTeamsAsked_AsTheEngineSplitsThemByTeam()
    {
        var teams = MetricDaySplitter.Split(Day, Dimension.Team).Where(g => g.Value.Spells.Count > 0).Take(2).ToList();
        Assert.That(teams, Has.Count.EqualTo(2), "the sample has teams with workers, so the check can fail");

        var stored = await Stored.WorkersOnAsync(AsOf, [.. teams.Select(t => t.Key)]);

        Assert.That(stored, Is.EquivalentTo(teams.SelectMany(t => t.Value.Spells).Select(s => WorkerDayFact.From(AsOf, s))));
        Assert.That(await Stored.WorkersOnAsync(AsOf, []), Is.Empty, "no team: no worker");
        Assert.That(await Stored.WorkersOnAsync(AsOf, null), Has.Count.EqualTo(Day.Spells.Count), "no filter: the whole council");
    }

    [Test]
    public async Task ShouldStoreLeaversByReasonForTheCouncilAndEachTeam()
    {
        Assert.That(await Stored.LeaversByReasonAsync(AsOf, Dimension.Council, MetricDaySplitter.CouncilKey), Is.EqualTo(LeaversByReason.Of(Day)));
        foreach (var (team, group) in MetricDaySplitter.Split(Day, Dimension.Team).Where(g => g.Value.Leavings.Count > 0).Take(3))
        {
            Assert.That(await Stored.LeaversByReasonAsync(AsOf, Dimension.Team, team), Is.EqualTo(LeaversByReason.Of(group)), team);
        }
    }

    [Test]
    public async Task ShouldStoreTheFindingsTheDataQualityCountsCount()
    {
        var stored = await Stored.FindingsOnAsync(AsOf);

        Assert.That(stored, Is.EquivalentTo(DataQualityFindings.On(Inputs, AsOf)));
        Assert.That(stored, Is.Not.Empty, "the sample has findings, so the check can fail");
    }

    [Test]
    public async Task ShouldReadTheCouncilsFiguresFromTheStoredSeries_AndNothingForADateItDoesNotHold()
    {
        var stored = await Stored.CouncilMetricsOnAsync(AsOf);
        var computed = CouncilMetrics.Calculate(Inputs, AsOf);

        Assert.That(stored, Is.Not.Null);
        foreach (var metric in MetricCatalog.All)
        {
            Assert.That((double?)stored![metric.Info.Id].Value, Is.EqualTo((double?)computed[metric.Info.Id].Value).Within(1e-9), metric.Info.Id);
        }

        Assert.That((double?)stored!.AverageCaseloadByBand[Core.Staff.ExperienceBand.Asye].Value, Is.EqualTo((double?)computed.AverageCaseloadByBand[Core.Staff.ExperienceBand.Asye].Value).Within(1e-9));
        Assert.That(await Stored.CouncilMetricsOnAsync(new DateOnly(2024, 3, 15)), Is.Null, "mid-month: not a series date");
    }

    [Test]
    public async Task ShouldReplaceTheStoredResults_NotAddToThem_WhenRefreshedAgain()
    {
        var before = (await Stored.WorkersOnAsync(AsOf)).Count;

        await new MetricSeriesRefresher(Db.Connections, new MetricInputsQuery(Db.Connections), TimeProvider.System).RefreshAsync();

        Assert.That((await Stored.WorkersOnAsync(AsOf)).Count, Is.EqualTo(before));
        Assert.That((await new StoredChangesQuery(Db.Connections).CountsInYearToAsync(AsOf, Inputs.Teams)).Sum(c => c.Changes), Is.EqualTo(Day.Changes.Count));
    }
}

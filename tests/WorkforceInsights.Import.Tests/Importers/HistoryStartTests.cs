using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.State;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.Reading;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// metrics.md, "Complete years only", end to end: manifest.json's historyStart is recorded with the data it came with,
/// and the stored series has no year-based figure until the history covers its year.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class HistoryStartTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private static readonly DateOnly s_extractDate = new(2024, 9, 30);

    // W1 has worked here since 2020 and nobody has left: inferred, the workers' history starts on 2020-01-01.
    private const string Workers = "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,1,2020-01-01\n";

    private Task<IReadOnlyList<MetricSeriesPoint>> TurnoverAsync() =>
        new MetricSeriesQuery(Db.Connections).RunAsync(nameof(Dimension.Council), nameof(Dimension.Council), [MetricIds.TurnoverRate]);

    private void WriteManifest(DateOnly? workersHistoryStart) =>
        ExtractManifest.Write(Db.Folder, s_extractDate, new Dictionary<string, long> { ["teams.csv"] = 2, ["workers.csv"] = 1 },
            workersHistoryStart is { } start ? new Dictionary<string, DateOnly> { ["workers.csv"] = start } : null);

    [Test]
    public async Task ShouldGiveNoTurnoverUntilAYearAfterTheManifestsHistoryStart_AndGiveItOnceTheStartIsWithdrawn()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", Workers);
        WriteManifest(new DateOnly(2024, 1, 1));

        await Db.ImportAndRefreshAsync(ImportOptions.Default);
        var declared = await TurnoverAsync();

        // The same files again, with a manifest that declares no start: nothing loads, but the figures change.
        WriteManifest(null);
        var again = await Db.ImportAndRefreshAsync(ImportOptions.Default);
        var inferred = await TurnoverAsync();

        Assert.That(declared.Single(p => p.AsOf == s_extractDate), Is.EqualTo(new MetricSeriesPoint(s_extractDate, MetricIds.TurnoverRate, 0, null, null, ShortHistory: true)),
            "2024-09-30 − 12 months = 2023-09-30, before the declared 2024-01-01");
        Assert.That(again.Files.Where(f => f.FileName == "workers.csv").Select(f => f.Outcome), Is.EqualTo(new[] { Data.Audit.ImportOutcome.Unchanged }));
        Assert.That(again.SeriesRefresh, Is.Not.Null, "a history start that changed is a change of data: the series is refreshed");
        Assert.That(inferred.Single(p => p.AsOf == s_extractDate).Value, Is.EqualTo(0), "inferred from W1's start in 2020: W1 in post and no leaving, 0%");
        Assert.That(inferred.Where(p => p.AsOf < new DateOnly(2021, 1, 1)).Select(p => p.ShortHistory), Has.All.True, "the year to 2020-12-31 starts after 2019-12-31: a day short");
    }

    [Test]
    public async Task ShouldKeepTheDeclaredStart_WhenTheFileIsRejected()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", Workers);
        WriteManifest(new DateOnly(2024, 1, 1));
        await Db.ImportAndRefreshAsync(ImportOptions.Default);

        // A new workers.csv that does not match its manifest entry is not loaded: the data in place keeps its start.
        WriteManifest(new DateOnly(2022, 1, 1));
        Db.Write("workers.csv", Workers + "W3,T1,case_holder,permanent,1,2021-01-01\n");
        await Db.ImportAndRefreshAsync(ImportOptions.Default);

        Assert.That((await new DataStateStore(Db.Connections).ReadAsync()).WorkersHistoryStart, Is.EqualTo(new DateOnly(2024, 1, 1)));
    }

    [TestCase("\"30/09/2019\"", "manifest.json: files.workers.csv.historyStart '30/09/2019' is not a date as yyyy-MM-dd.")]
    [TestCase("\"2024-10-01\"", "manifest.json: files.workers.csv.historyStart 2024-10-01 is after the extract date 2024-09-30: a history cannot start after the day it describes.")]
    public async Task ShouldLoadNothing_WhenAHistoryStartIsNoDateOrAfterTheExtractDate(string historyStart, string error)
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", Workers);
        WriteManifest(null);
        Db.Write("manifest.json", File.ReadAllText(Path.Combine(Db.Folder, "manifest.json"))
            .Replace("\"rows\": 1,", $"\"rows\": 1, \"historyStart\": {historyStart},", StringComparison.Ordinal));

        var report = await Db.ImportAndRefreshAsync(ImportOptions.Default);

        Assert.That(report.Files.Single().Errors.Single().Message, Is.EqualTo(error));
        Assert.That(await Db.CountAsync("worker_spells"), Is.Zero);
    }

    [Test]
    public async Task ShouldHaveNoRollingYearFigureInTheSampleSeries_BeforeItsHistoryCoversAYear()
    {
        // The sample's manifest declares that every history starts on 2018-10-01. A year-based figure needs D − 12 months
        // on or after it, so the first is on 2019-10-31 (2019-09-30 − 12 months is 2018-09-30, a day short);
        // re-referrals need D − 24 months, so theirs is on 2020-10-31.
        SampleCouncilGenerator.WriteTo(Db.Folder, new SampleCouncilOptions(Scale: 0.05));
        await Db.ImportAndRefreshAsync(ImportOptions.Default);
        var yearBased = MetricCatalog.All.Select(m => m.Info).Where(i => i.Needs.Any(n => n.Months >= 12)).ToList();
        var points = await new MetricSeriesQuery(Db.Connections).RunAsync(nameof(Dimension.Council), nameof(Dimension.Council), [.. yearBased.Select(i => i.Id)]);
        bool Covered(MetricSeriesPoint p) => p.AsOf.AddMonths(-yearBased.Single(i => i.Id == p.MetricId).Needs.Max(n => n.Months)) >= new DateOnly(2018, 10, 1);

        Assert.That((await new DataStateStore(Db.Connections).ReadAsync()).DeclaredHistoryStarts, Is.EqualTo(new Core.Metrics.History.HistoryStarts(new(2018, 10, 1), new(2018, 10, 1), new(2018, 10, 1))));
        Assert.That(points.Where(p => !Covered(p)).Select(p => (p.Value, p.ShortHistory)), Is.Not.Empty.And.All.EqualTo(((double?)null, true)));
        Assert.That(points.Where(p => p.AsOf < new DateOnly(2019, 10, 31)).Select(p => p.Value), Has.All.Null);
        Assert.That(points.Where(p => p.AsOf == new DateOnly(2019, 10, 31) && p.MetricId == MetricIds.TurnoverRate).Select(p => p.Value), Has.One.Not.Null);
        Assert.That(points.Where(p => p.AsOf == new DateOnly(2020, 9, 30) && p.MetricId == MetricIds.ReReferralRate).Select(p => p.ShortHistory), Has.One.True);
        Assert.That(points.Where(p => p.AsOf == new DateOnly(2020, 10, 31) && p.MetricId == MetricIds.ReReferralRate).Select(p => p.Value), Has.One.Not.Null);
        Assert.That(points.Where(Covered).Select(p => p.ShortHistory), Has.None.True);
    }
}

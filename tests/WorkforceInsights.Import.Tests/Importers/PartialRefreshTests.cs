using System.Globalization;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// After an import, the refresh recomputes only the series dates from the first one the import can have changed
/// and keeps the rest. Every stored result must then equal what a full recompute of the same data stores, after edits
/// of every kind a council's extract can bring: the next night's extract, closed cases and spells, edits deep in the
/// past, a child's first allocation, a new qualification, reordered rows, a moved team, an earlier extract date.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class PartialRefreshTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private static readonly DateOnly s_night = new(2026, 10, 30);

    // Two years of history, not the sample's eight: each test recomputes every date twice, and what it checks (a
    // partial refresh stores what a full one stores) does not depend on how many years there are.
    private static readonly DateOnly s_historyStart = new(2024, 10, 1);
    private static readonly DateOnly s_nextNight = s_night.AddDays(1);
    private static readonly string[] s_storedTables = ["metric_snapshots", "worker_day_facts", "leavers_by_reason", "data_quality_findings", "worker_changes"];

    private ImportHarness? _firstNight;

    /// <summary>On SQLite the first night is imported once and each test starts from a copy of it.</summary>
    [OneTimeSetUp]
    public async Task ImportTheFirstNightOnceAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            _firstNight = await ImportHarness.CreateAsync();
            await ImportFirstNightAsync(_firstNight);
        }
    }

    [OneTimeTearDown]
    public void DropTheFirstNight() => _firstNight?.Dispose();

    [SetUp]
    public async Task ImportOneNightOfASmallSampleCouncil()
    {
        if (_firstNight is null)
        {
            await ImportFirstNightAsync(Db);
        }
        else
        {
            await Db.CopyFromAsync(_firstNight);
        }
    }

    private static async Task ImportFirstNightAsync(ImportHarness db)
    {
        WriteSample(db, s_night);
        var first = await db.ImportAndRefreshAsync(new ImportOptions(s_night));
        Assert.That(first.SeriesRefresh!.IsFull, Is.True, "the first refresh computes every date");
    }

    [Test]
    public async Task ShouldRecomputeOnlyTheLatestMonths_AndStoreWhatAFullRecomputeStores_ForTheNextNightsExtract()
    {
        WriteSample(s_nextNight);

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_nextNight));

        Assert.That(refresh.DatesRecomputed, Is.InRange(1, refresh.DatesInSeries / 4), $"recomputed from {refresh.RecomputedFrom}");
    }

    [Test]
    public async Task ShouldRecomputeNothing_WhenOnlyTheOrderOfTheRowsChanged()
    {
        Edit("allocations.csv", rows => Enumerable.Reverse(rows));
        Edit("workers.csv", rows => Enumerable.Reverse(rows));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.RecomputedFrom, Is.Null);
        Assert.That(refresh.DatesRecomputed, Is.Zero);
    }

    [Test]
    public async Task ShouldRecomputeOnlyFromTheirEnds_WhenLongOpenAllocationsAreClosed()
    {
        var end = s_night.AddDays(-40);
        Edit("allocations.csv", rows => rows.Select(r => r[3] == "" && Date(r[2]) < new DateOnly(2025, 6, 1) ? With(r, 3, Iso(end)) : r));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.RecomputedFrom, Is.Not.Null.And.LessThanOrEqualTo(end.AddDays(1)));
        Assert.That(refresh.DatesRecomputed, Is.LessThan(refresh.DatesInSeries / 2), "closing old cases does not recompute their years");
    }

    [Test]
    public async Task ShouldStoreWhatAFullRecomputeStores_WhenLongOpenSpellsEndWithAReason()
    {
        var end = s_night.AddDays(-20);
        Edit("workers.csv", rows => rows.Select((r, i) => r[7] == "" && i % 7 == 0 && Date(r[6]) < end.AddYears(-1) ? With(With(r, 7, Iso(end)), 8, "resignation") : r));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.DatesRecomputed, Is.LessThan(refresh.DatesInSeries / 2));
    }

    [Test]
    public async Task ShouldRecomputeFromTheEdit_WhenAnOldAllocationMovesToAnotherWorker()
    {
        var workers = ReadRows("allocations.csv").Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        var edited = new DateOnly(2025, 3, 1);
        Edit("allocations.csv", rows => rows.Select(r => Date(r[2]) >= edited && Date(r[2]) < edited.AddDays(10) ? With(r, 1, workers[(workers.IndexOf(r[1]) + 1) % workers.Count]) : r));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.RecomputedFrom, Is.Not.Null.And.LessThanOrEqualTo(edited));
    }

    [Test]
    public async Task ShouldStoreWhatAFullRecomputeStores_WhenEndDatesAreEditedAllOverTheHistory()
    {
        var random = new Random(7);
        Edit("allocations.csv", rows => rows.Select(r => random.Next(40) == 0
            ? With(r, 3, random.Next(3) == 0 ? "" : Iso(Date(r[2]).AddDays(random.Next(0, 400)) is var d && d <= s_night ? d : s_night))
            : r));
        Edit("referrals.csv", rows => rows.Where(_ => random.Next(50) != 0));

        await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night, AllowShrink: true));
    }

    [Test]
    public async Task ShouldRecomputeOnlyFromTheAllocation_WhenAChildReferredLongAgoIsFirstAllocated()
    {
        var allocated = ReadRows("allocations.csv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var referral = ReadRows("referrals.csv").First(r => !allocated.Contains(r[1]) && Date(r[2]) < new DateOnly(2025, 6, 1));
        var worker = ReadRows("allocations.csv")[^1][1];
        Edit("allocations.csv", rows => rows.Append([referral[1], worker, Iso(s_night), "", "CIN", ""]));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.RecomputedFrom, Is.EqualTo(new DateOnly(s_night.Year, s_night.Month, 1)), "REF-NO-ALLOC is as at D: the child's referral of years ago still led to no allocation by then");
    }

    [Test]
    public async Task ShouldStoreWhatAFullRecomputeStores_WhenAWorkerGainsALaterQualification()
    {
        Edit("workers.csv", rows => rows.Select((r, i) => i % 11 == 3 && r[9] != "" ? With(r, 9, Iso(Date(r[9]).AddYears(2))) : r));

        await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));
    }

    [Test]
    public async Task ShouldRecomputeEverything_WhenATeamMovesToAnotherArea()
    {
        Edit("teams.csv", rows => rows.Select((r, i) => i == 1 ? With(r, 2, "Moved Area") : r));

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_night));

        Assert.That(refresh.IsFull, Is.True);
    }

    [Test]
    public async Task ShouldDropTheDatesAfterIt_WhenAnOlderExtractIsLoadedAgain()
    {
        var older = s_night.AddDays(-45);
        WriteSample(older);

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(older));

        Assert.That(refresh.LatestAsOf, Is.EqualTo(older));
        Assert.That(refresh.DatesRecomputed, Is.LessThan(refresh.DatesInSeries / 4));
    }

    [Test]
    public async Task ShouldRecomputeEverything_WhenTheStoredResultsWereWrittenByARefreshThatKeptNoBasis()
    {
        // As after a roll-back to a version without series_basis: its refresh recorded a new generation and new
        // results, and left this version's basis behind, which no longer describes them.
        await using (var connection = await Db.Connections.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE data_state SET data_generation = data_generation + 1, refreshed_generation = data_generation + 1");
        }

        WriteSample(s_nextNight);

        var refresh = await ImportAndCompareWithAFullRecomputeAsync(new ImportOptions(s_nextNight));

        Assert.That(refresh.IsFull, Is.True);
    }

    /// <summary>Imports the folder (the refresh runs as in `wi import`), reads every stored result, recomputes everything and reads them again.</summary>
    private async Task<MetricRefreshResult> ImportAndCompareWithAFullRecomputeAsync(ImportOptions options)
    {
        var report = await Db.ImportAndRefreshAsync(options);
        Assert.That(report.SeriesRefresh, Is.Not.Null, report.SeriesRefreshError ?? string.Join("; ", report.Files.SelectMany(f => f.Errors).Select(i => i.Message)));
        var partial = await StoredResultsAsync();

        await new MetricSeriesRefresher(Db.Connections, new MetricInputsQuery(Db.Connections), TimeProvider.System).RecomputeAllAsync();

        var full = await StoredResultsAsync();
        foreach (var table in s_storedTables)
        {
            Assert.That(partial[table], Is.EqualTo(full[table]), $"{table} after a partial refresh from {report.SeriesRefresh!.RecomputedFrom} equals a full recompute");
        }

        return report.SeriesRefresh!;
    }

    private Task<Dictionary<string, List<string>>> StoredResultsAsync() => Db.SortedRowsAsync(s_storedTables);

    private void WriteSample(DateOnly extractDate) => WriteSample(Db, extractDate);

    private static void WriteSample(ImportHarness db, DateOnly extractDate)
    {
        SampleCouncilGenerator.WriteTo(db.Folder, new SampleCouncilOptions(Scale: 0.05) { ExtractDate = extractDate, HistoryStart = s_historyStart });
        db.Delete("manifest.json"); // the tests edit the files after writing them; the extract date is given instead
    }

    private List<string[]> ReadRows(string file) => [.. File.ReadAllLines(Path.Combine(Db.Folder, file)).Skip(1).Select(line => line.Split(','))];

    /// <summary>Rewrites a sample file's data rows (the sample writes no quoted values, so a plain split is exact).</summary>
    private void Edit(string file, Func<List<string[]>, IEnumerable<string[]>> edit)
    {
        var header = File.ReadLines(Path.Combine(Db.Folder, file)).First();
        var before = ReadRows(file).Select(r => string.Join(',', r)).ToList();
        var rows = edit(ReadRows(file)).Select(r => string.Join(',', r)).ToList();
        Assert.That(rows, Is.Not.EqualTo(before), $"the edit changes {file}, so the refresh has something to recompute");
        Db.Write(file, string.Join('\n', rows.Prepend(header)) + "\n");
    }

    private static string[] With(string[] row, int column, string value)
    {
        var copy = (string[])row.Clone();
        copy[column] = value;
        return copy;
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

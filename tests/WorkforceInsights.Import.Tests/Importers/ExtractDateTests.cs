using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// extracts.md, "The extract date": facts dated after E are not yet facts. An HR extract with future starters and
/// planned end dates gives the figures of the same extract without them, and the series stops at E.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class ExtractDateTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private static readonly DateOnly s_extractDate = new(2024, 9, 18);

    // W1 and W2 are in post on E; W3 and W4 start after E (future starters); W2's fixed-term spell has a planned end after E.
    private const string WorkersWithFutureRows = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,qualified_date
        W1,T1,case_holder,permanent,1,2020-01-01,,2019-06-01
        W2,T1,case_holder,fixed_term,0.8,2023-04-01,2025-03-31,2022-06-01
        W3,T1,case_holder,permanent,1,2024-10-01,,2024-06-01
        W4,T2,senior_practitioner,agency,1,2024-11-04,2025-05-02,2015-06-01
        """;

    private const string WorkersAsAtE = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,qualified_date
        W1,T1,case_holder,permanent,1,2020-01-01,,2019-06-01
        W2,T1,case_holder,fixed_term,0.8,2023-04-01,,2022-06-01
        """;

    private const string AllocationsWithFutureRows = """
        child_id,worker_id,start_date,end_date,case_type
        C1,W1,2023-05-01,,CIN
        C2,W2,2024-01-10,2024-12-31,CP
        C3,W3,2024-10-02,,CLA
        C1,W3,2024-10-02,,CIN
        """;

    private const string AllocationsAsAtE = """
        child_id,worker_id,start_date,end_date,case_type
        C1,W1,2023-05-01,,CIN
        C2,W2,2024-01-10,,CP
        """;

    [Test]
    public async Task ShouldStopTheSeriesAtTheExtractDate_WithTheExtractDateAsTheLatestPoint()
    {
        WriteExtract(WorkersWithFutureRows, AllocationsWithFutureRows);

        var report = await Db.ImportAndRefreshAsync(new ImportOptions(s_extractDate));

        Assert.That(report.Outcome, Is.EqualTo(ImportOutcome.Loaded));
        Assert.That((report.SeriesRefresh!.FirstAsOf, report.SeriesRefresh.LatestAsOf), Is.EqualTo(((DateOnly?)new DateOnly(2023, 5, 31), (DateOnly?)s_extractDate)), "from the first month with children's data to E");
        Assert.That(await Db.QueryAsync<long>("SELECT COUNT(*) FROM metric_snapshots WHERE as_of > '2024-09-18'"), Is.EqualTo(new[] { 0L }), "no figure after E");
    }

    [Test]
    public async Task ShouldGiveTheFiguresOfTheSameExtractWithoutItsFutureRows_OnEveryDateUpToE()
    {
        WriteExtract(WorkersWithFutureRows, AllocationsWithFutureRows);
        await Db.ImportAndRefreshAsync(new ImportOptions(s_extractDate));
        var withFutureRows = await StoredCouncilFiguresAsync();

        WriteExtract(WorkersAsAtE, AllocationsAsAtE);
        await Db.ImportAndRefreshAsync(new ImportOptions(s_extractDate));
        var asAtE = await StoredCouncilFiguresAsync();

        Assert.That(withFutureRows, Is.EqualTo(asAtE));
        Assert.That(withFutureRows, Does.Contain("2024-09-18 WF-EMP-HC 2"), "W3 and W4 have not started on E");
        Assert.That(withFutureRows, Does.Contain("2024-09-18 CASE-HELD 2"), "the planned allocations count in no figure");
    }

    [Test]
    public async Task ShouldRejectAReferralDatedAfterTheExtractDate_NamingItsLine()
    {
        WriteExtract(WorkersAsAtE, AllocationsAsAtE);
        Db.Write("referrals.csv", "referral_id,child_id,referral_date\nR1,C1,2024-09-01\nR2,C2,2024-09-19\n");

        var report = await Db.ImportAndRefreshAsync(new ImportOptions(s_extractDate));

        var referrals = report.Files.Single(f => f.FileName == "referrals.csv");
        Assert.That(referrals.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        var error = referrals.Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)3, "referral_date", "2024-09-19")));
        Assert.That(error.Message, Does.Contain("after the extract date 2024-09-18"));
    }

    [Test]
    public async Task ShouldTakeTheExtractDateFromTheManifest_WhenTheCommandLineGivesNone()
    {
        WriteExtract(WorkersWithFutureRows, AllocationsWithFutureRows);
        Db.Write("manifest.json", """{ "extractDate": "2024-09-18" }""");

        var report = await Db.ImportAndRefreshAsync(ImportOptions.Default);

        Assert.That(report.SeriesRefresh!.LatestAsOf, Is.EqualTo(s_extractDate));
    }

    private void WriteExtract(string workers, string allocations)
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", workers);
        Db.Write("allocations.csv", allocations);
    }

    private async Task<List<string>> StoredCouncilFiguresAsync()
    {
        var stored = new StoredResultsQuery(Db.Connections);
        var figures = new List<string>();
        for (var date = new DateOnly(2024, 1, 31); date < s_extractDate; date = date.AddDays(1).AddMonths(1).AddDays(-1))
        {
            figures.AddRange(Describe(date, await stored.CouncilMetricsOnAsync(date)));
        }

        figures.AddRange(Describe(s_extractDate, await stored.CouncilMetricsOnAsync(s_extractDate)));
        return figures;
    }

    private static IEnumerable<string> Describe(DateOnly date, CouncilMetrics? metrics) =>
        metrics is null ? [$"{date:yyyy-MM-dd} not stored"] : MetricCatalog.All.Select(m => $"{date:yyyy-MM-dd} {m.Info.Id} {metrics[m.Info.Id].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}");
}

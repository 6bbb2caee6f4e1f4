using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// The import report keeps the one offending value extracts.md asks for, never other values of the row nor rows an
/// unclosed quote swallowed: a canary in a later row is in no issue, file message or audit row. (The child-process test
/// in the Cli tests checks the logs and console too.)
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class RawDataTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private const string Header = "child_id,worker_id,start_date,end_date,case_type\n";
    private readonly string _canary = "CANARY-" + Guid.NewGuid().ToString("N");

    [SetUp]
    public async Task LoadPreviousData()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        Db.Write("allocations.csv", Header + "C1,W1,2024-01-01,,CIN\n");
        await Db.ImportAsync();
    }

    [Test]
    public async Task ShouldReportAValueRunningOnOverLaterRows_AsOneErrorNamingItsColumn_WithoutTheRowsItSwallowed()
    {
        Db.Write("allocations.csv", Header + "C1,W1,2024-01-01,,CIN\nC2,\"W1,2024-01-02,,CIN\nC3,W1,2024-01-03,,CIN\n" + $"{_canary},W1,2024-01-04,,CIN\nC5,W1,2024-01-05,,CIN\n");

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "allocations.csv");
        var error = file.Errors.Single();
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)3, "worker_id", "\"W1…")), "its own column's text only");
        Assert.That(error.Message, Does.Contain("closing double quote missing"));
        await AssertNoCanaryAsync(report);
    }

    [Test]
    public async Task ShouldFailTheFileWithAFixedLocatedMessage_WhenAnUnclosedQuoteRunsPastTheLongestValue()
    {
        var rows = string.Concat(Enumerable.Range(10, 6_000).Select(i => $"C{i},W1,2024-01-01,,CIN\n"));
        Db.Write("allocations.csv", Header + "C1,W1,2024-01-01,,CIN\nC2,\"W1,2024-01-02,,CIN\n" + rows + $"{_canary},W1,2024-01-04,,CIN\n");

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "allocations.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(file.Errors.Single().Message, Does.Contain("line 3, column worker_id").And.Contain("closing double quote missing").And.Contain("MaxFieldSizeException"));
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations"), Is.EqualTo(new[] { "C1" }), "the previous allocations stay");
        await AssertNoCanaryAsync(report);
    }

    [Test]
    public async Task ShouldNotNameTheRowsAnUnclosedQuoteInTheHeaderSwallowed()
    {
        Db.Write("allocations.csv", "child_id,worker_id,start_date,end_date,case_type,\"notes\nC1,W1,2024-01-01,,CIN,x\n" + $"{_canary},W1,2024-01-04,,CIN,y\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single(f => f.FileName == "allocations.csv").Outcome, Is.EqualTo(ImportOutcome.Rejected));
        await AssertNoCanaryAsync(report);
    }

    [Test]
    public async Task ShouldCutAReportedValueAtItsFirstLineBreak_AndAtTheLongestKept()
    {
        var longDate = new string('9', 500);
        Db.Write("allocations.csv", Header + $"C1,W1,{longDate},,CIN\nC2,W1,2024-01-01,,\"unknown\n{_canary}\"\n");

        var report = await Db.ImportAsync();

        var errors = report.Files.Single(f => f.FileName == "allocations.csv").Errors.ToList();
        Assert.That(errors.Select(e => (e.LineNumber, e.ColumnName, e.Value)), Is.EqualTo(new[]
        {
            ((long?)2, "start_date", new string('9', ImportIssue.MaxValueLength) + "…"),
            ((long?)3, "case_type", "unknown…"),
        }));
        await AssertNoCanaryAsync(report);
    }

    private bool HasCanary(string? text) => text?.Contains(_canary, StringComparison.Ordinal) == true;

    private async Task AssertNoCanaryAsync(ImportRunReport report)
    {
        var reported = report.Files.SelectMany(f => f.Issues.SelectMany(i => new[] { i.ColumnName, i.Value, i.Message }).Append(f.Message));
        Assert.That(reported.Where(HasCanary), Is.Empty, "the report");
        foreach (var (table, columns) in new[]
        {
            ("import_runs", new[] { "source_folder", "triggered_by", "outcome" }),
            ("import_files", new[] { "extract_kind", "file_name", "sha256", "encoding", "outcome", "message" }),
            ("import_issues", new[] { "severity", "column_name", "value", "message" }),
        })
        {
            foreach (var column in columns)
            {
                Assert.That((await Db.QueryAsync<string?>($"SELECT {column} FROM {table}")).Where(HasCanary), Is.Empty, $"{table}.{column}");
            }
        }
    }
}

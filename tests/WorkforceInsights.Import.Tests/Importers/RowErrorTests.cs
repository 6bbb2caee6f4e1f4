using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md: a bad value rejects the file with a located error; the previous data stays.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class RowErrorTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [SetUp]
    public async Task LoadPreviousData()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        await Db.ImportAsync();
    }

    [Test]
    public async Task ShouldRejectTheFileForOneBadDate_NamingFileLineColumnAndValue_AndKeepThePreviousData()
    {
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,1,2020-01-01\nW3,T1,case_holder,permanent,1,04/31/2024\nW4,T2,case_holder,permanent,1,2022-02-02\n");

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "workers.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(file.RowsLoaded, Is.Zero);
        var error = file.Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)3, "start_date", "04/31/2024")));
        Assert.That(await Db.QueryAsync<string>("SELECT worker_id FROM worker_spells ORDER BY worker_id"), Is.EqualTo(new[] { "W1", "W2" }), "previous workers intact");
        Assert.That(report.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldStoreUkDatesDayFirst()
    {
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date,end_date\nW1,T1,case_holder,permanent,1,03/04/2024,05/06/2024 00:00\n");

        await Db.ImportAsync();

        Assert.That(await Db.RowsAsync("SELECT start_date, end_date FROM worker_spells"), Is.EqualTo(new[] { "2024-04-03|2024-06-05" }));
    }

    [TestCase("fte", "0", TestName = "ShouldRejectFteOfZero")]
    [TestCase("fte", "1.2", TestName = "ShouldRejectFteAboveOne")]
    [TestCase("fte", "0,5", TestName = "ShouldRejectACommaDecimalPoint")]
    [TestCase("role", "social_worker", TestName = "ShouldRejectAnUnknownRoleCode")]
    [TestCase("employment_type", "casual", TestName = "ShouldRejectAnUnknownEmploymentType")]
    [TestCase("worker_id", "", TestName = "ShouldRejectAMissingRequiredValue")]
    public async Task ShouldRejectBadWorkerValues(string column, string value)
    {
        var row = new Dictionary<string, string> { ["worker_id"] = "W9", ["team_code"] = "T1", ["role"] = "case_holder", ["employment_type"] = "permanent", ["fte"] = "1", ["start_date"] = "2020-01-01" };
        row[column] = value;
        Db.Write("workers.csv", $"{string.Join(",", row.Keys)}\n{string.Join(",", row.Values.Select(v => v.Contains(',', StringComparison.Ordinal) ? $"\"{v}\"" : v))}\n");

        var report = await Db.ImportAsync();

        var error = report.Files.Single(f => f.FileName == "workers.csv").Errors.First();
        Assert.That((error.LineNumber, error.ColumnName, error.Value ?? string.Empty), Is.EqualTo(((long?)2, column, value)));
        Assert.That(await Db.CountAsync("worker_spells"), Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldRejectAnEndDateBeforeTheStartDate()
    {
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date,end_date\nW1,T1,case_holder,permanent,1,2024-04-03,2024-04-02\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single(f => f.FileName == "workers.csv").Errors.Single().ColumnName, Is.EqualTo("end_date"));
    }

    [Test]
    public async Task ShouldAcceptDfeNumericCodesAndAnyCaseWithSpaces()
    {
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason\n W1 ,T1, 5 , Agency ,1,2020-01-01,2021-01-01,1\nW2,T1,First_Line_Manager,FIXED_TERM,1,2020-01-01,,\n");

        await Db.ImportAsync();

        Assert.That(await Db.RowsAsync("SELECT worker_id, role, employment_type, leaving_reason FROM worker_spells ORDER BY worker_id"),
            Is.EqualTo(new[] { "W1|case_holder|agency|resignation", "W2|first_line_manager|fixed_term|" }));
    }

    [Test]
    public async Task ShouldRejectAnIdentifierLongerThan64Characters()
    {
        Db.Write("workers.csv", $"worker_id,team_code,role,employment_type,fte,start_date\n{new string('x', 65)},T1,case_holder,permanent,1,2020-01-01\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single(f => f.FileName == "workers.csv").Errors.Single().ColumnName, Is.EqualTo("worker_id"));
    }

    [Test]
    public async Task ShouldListTheFirst1000ErrorsAndCountTheRest()
    {
        var rows = string.Concat(Enumerable.Range(1, 1500).Select(i => $"W{i},T1,case_holder,permanent,1,not-a-date\n"));
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\n" + rows);

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "workers.csv");
        Assert.That((file.ErrorCount, file.Errors.Count(), file.RowsRejected), Is.EqualTo((1500L, 1000, 1500L)));
    }
}

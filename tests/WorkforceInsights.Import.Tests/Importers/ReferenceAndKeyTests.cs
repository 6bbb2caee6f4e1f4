using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md: references to unknown teams or workers, and duplicate keys, are row errors.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class ReferenceAndKeyTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [Test]
    public async Task ShouldRejectAWorkerInAnUnknownTeam()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\nW1,T7,case_holder,permanent,1,2020-01-01\n");

        var report = await Db.ImportAsync();

        var error = report.Files.Single(f => f.FileName == "workers.csv").Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)2, "team_code", "T7")));
    }

    [Test]
    public async Task ShouldRejectAnAllocationToAnUnknownWorker_AndStillLoadTheOtherFiles()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        Db.Write("allocations.csv", "child_id,worker_id,start_date,case_type\nC1,W1,2024-01-01,CIN\nC2,W404,2024-01-01,CP\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.EqualTo(new[] { ImportOutcome.Loaded, ImportOutcome.Loaded, ImportOutcome.Rejected }));
        Assert.That(report.Files[2].Errors.Single().Value, Is.EqualTo("W404"));
        Assert.That(report.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldCheckReferencesAgainstTheDatabase_WhenTheReferencedFileIsNotInTheRun()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        await Db.ImportAsync();
        Db.Delete("teams.csv");
        Db.Delete("workers.csv");
        Db.Write("allocations.csv", "child_id,worker_id,start_date,case_type\nC1,W2,2024-01-01,CLA\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single().Outcome, Is.EqualTo(ImportOutcome.Loaded));
    }

    [Test]
    public async Task ShouldCheckWorkersAgainstThePreviousTeams_WhenTheNewTeamsFileIsRejected()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        await Db.ImportAsync();
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,One,Assessment\nT3,Three,\n");
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\nW1,T2,case_holder,permanent,1,2020-01-01\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.EqualTo(new[] { ImportOutcome.Rejected, ImportOutcome.Loaded }),
            "T2 still exists because the new teams.csv was rejected");
    }

    [Test]
    public async Task ShouldRejectALineManagerWhoIsNotInTheFile_ButAcceptOneListedLater()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date,line_manager_id\nW1,T1,case_holder,permanent,1,2020-01-01,M1\nW2,T1,case_holder,permanent,1,2020-01-01,M9\nM1,T1,first_line_manager,permanent,1,2019-01-01,\n");

        var report = await Db.ImportAsync();

        var error = report.Files.Single(f => f.FileName == "workers.csv").Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)3, "line_manager_id", "M9")));
    }

    [Test]
    public async Task ShouldRejectADuplicateTeamCode_AtTheLaterLine()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,One,Assessment\nT2,Two,Assessment\nT1,Again,Assessment\n");

        var report = await Db.ImportAsync();

        var error = report.Files[0].Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)4, "team_code", "T1")));
        Assert.That(error.Message, Does.Contain("duplicate key"));
    }

    [Test]
    public async Task ShouldRejectADuplicateReferralId()
    {
        Db.Write("referrals.csv", "referral_id,child_id,referral_date\nR1,C1,2024-01-01\nR1,C2,2024-01-02\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Errors.Single().LineNumber, Is.EqualTo(3));
    }

    [Test]
    public async Task ShouldReportEveryDuplicateAndRowError_InALargeFile_AndKeepThePreviousReferralsWhole()
    {
        // Rows are inserted on a second thread, in batches, while the next are read: the errors of both halves must
        // all be counted and located, and a rejected file must still leave the previous load exactly as it was.
        Db.Write("referrals.csv", "referral_id,child_id,referral_date\nR1,C1,2024-01-01\n");
        await Db.ImportAsync();
        var rows = Enumerable.Range(1, 5_000).Select(i => $"R{i},C{i},2024-01-01").ToList();
        rows[1_499] = "R7,C1500,2024-01-01"; // line 1,501 repeats line 8's id
        rows[3_999] = "R4000,C4000,not a date"; // line 4,001
        rows[4_998] = "R2,C4999,2024-01-01"; // line 5,000 repeats line 3's id
        Db.Write("referrals.csv", "referral_id,child_id,referral_date\n" + string.Join('\n', rows) + "\n");

        var report = await Db.ImportAsync();

        var file = report.Files.Single();
        Assert.That((file.Outcome, file.ErrorCount, file.RowsRejected), Is.EqualTo((ImportOutcome.Rejected, 3L, 3L)));
        Assert.That(file.Errors.Select(e => (e.LineNumber, e.ColumnName)), Is.EquivalentTo(new[]
        {
            ((long?)4_001, "referral_date"), ((long?)1_501, "referral_id"), ((long?)5_000, "referral_id"),
        }));
        Assert.That(await Db.CountAsync("referrals"), Is.EqualTo(1), "the previous load stays whole");
    }

    [Test]
    public async Task ShouldRejectADuplicateEstablishmentTeamAndRole()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("establishment.csv", "team_code,role,establishment_fte\nT1,case_holder,8\nT1,5,2\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single(f => f.FileName == "establishment.csv").Errors.Single().Value, Is.EqualTo("T1, case_holder"));
    }
}

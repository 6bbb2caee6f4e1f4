using WorkforceInsights.Core.Agency;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Agency;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>agency.md: workers.csv's optional agency columns load on both engines, and bad values are located row errors.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class AgencyColumnsTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private const string Header = "worker_id,team_code,role,employment_type,fte,start_date,end_date,qualified_date,SWE Number,Agency-Name,AGENCY_JOB_TYPE,hourly_rate,project_team,notice_weeks,references,cap_breach_signed_off";

    [SetUp]
    public void WriteTeams() => Db.Write("teams.csv", ImportHarness.Teams);

    [Test]
    public async Task ShouldLoadTheAgencyTermsWithHeadersInAnyCase_AndReadThemBack()
    {
        Db.Write("workers.csv", $"{Header}\n"
            + "A1,T1,case_holder,agency,1,2025-11-01,,2019-04-03,sw123456,Castle Locums,senior_social_worker,47.50,YES,4,2,15/11/2025\n"
            + "E1,T1,case_holder,permanent,1,2015-01-01,2025-09-30,2014-07-01,SW123456,,,,,,,\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Single(f => f.FileName == "workers.csv").Outcome, Is.EqualTo(ImportOutcome.Loaded));
        var spells = await new TermedSpellsQuery(Db.Connections).RunAsync();
        var agency = spells.Single(s => s.Spell.WorkerId == "A1").Terms;
        Assert.That(agency, Is.EqualTo(new AgencyTerms("SW123456", "Castle Locums", AgencyJobType.SeniorSocialWorker, 47.50m, true, 4, 2, new DateOnly(2025, 11, 15))));
        Assert.That(spells.Single(s => s.Spell.WorkerId == "E1").Terms, Is.EqualTo(AgencyTerms.None with { SweNumber = "SW123456" }), "blank project_team is no");
    }

    [TestCase("agency_job_type", "locum", TestName = "ShouldRejectAnUnknownAgencyJobType")]
    [TestCase("hourly_rate", "-1.00", TestName = "ShouldRejectANegativeHourlyRate")]
    [TestCase("hourly_rate", "10000000.00", TestName = "ShouldRejectAnHourlyRateSqlServerCannotHold")]
    [TestCase("notice_weeks", "2.5", TestName = "ShouldRejectNoticeWeeksThatAreNotWhole")]
    [TestCase("references", "two", TestName = "ShouldRejectReferencesThatAreNotWhole")]
    [TestCase("project_team", "maybe", TestName = "ShouldRejectAProjectTeamOtherThanYesOrNo")]
    [TestCase("cap_breach_signed_off", "31/02/2026", TestName = "ShouldRejectABadSignOffDate")]
    public async Task ShouldRejectBadAgencyValues_NamingLineColumnAndValue(string column, string value)
    {
        var row = new Dictionary<string, string> { ["worker_id"] = "A1", ["team_code"] = "T1", ["role"] = "case_holder", ["employment_type"] = "agency", ["fte"] = "1", ["start_date"] = "2025-11-01" };
        row[column] = value;
        Db.Write("workers.csv", $"{string.Join(",", row.Keys)}\n{string.Join(",", row.Values)}\n");

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "workers.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        var error = file.Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName, error.Value), Is.EqualTo(((long?)2, column, value)));
    }

    [Test]
    public async Task ShouldRejectAnAgencyNameOver200Characters_AsTheRowsErrorNotTheRunsAtTheSwap()
    {
        // SQL Server keeps the name in nvarchar(200): a longer one would fail the one swap, and with it every file of the run.
        var name = new string('A', 201);
        Db.Write("workers.csv", $"worker_id,team_code,role,employment_type,fte,start_date,agency_name\nA1,T1,case_holder,agency,1,2025-11-01,{name}\n");

        var report = await Db.ImportAsync();

        var error = report.Files.Single(f => f.FileName == "workers.csv").Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName), Is.EqualTo(((long?)2, "agency_name")));
        Assert.That(name, Does.StartWith(error.Value!.TrimEnd('…')), "the value, cut to the report's length");
    }
}

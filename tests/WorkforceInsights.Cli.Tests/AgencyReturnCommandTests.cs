using System.Text.Json;
using Microsoft.Data.Sqlite;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// `wi agency-return` on the sample council (agency.md): the cases planted in its agency spells are found, with the
/// sample's £45.00 social-worker cap set as a council would, in the environment.
/// </summary>
[NonParallelizable]
public class AgencyReturnCommandTests
{
    private const string CapVariable = "Agency__Caps__social_worker";
    private string _folder = null!;
    private string _db = null!;

    [OneTimeSetUp]
    public async Task ImportTheSampleCouncil()
    {
        _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-cli-tests", Guid.NewGuid().ToString("N"))).FullName;
        _db = Path.Combine(_folder, "wi.db");
        await ImportedSample.CopyToAsync(_db);
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [SetUp]
    public void SetTheSampleCap() => Environment.SetEnvironmentVariable(CapVariable, "45.00");

    [TearDown]
    public void ClearTheCap() => Environment.SetEnvironmentVariable(CapVariable, null);

    [Test]
    public async Task ShouldFindThePlantedBreaches_InTheCsvOf2026Q3()
    {
        var run = await WiRun.RunAsync("agency-return", "--quarter", "2026-Q3", "--db", _db);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.That(lines[0], Is.EqualTo("swe_number,worker_id,agency_name,agency_job_type,hourly_rate,start_date,end_date,project_team,experience,price_cap,notice,references,cool_off"));
        // The rate above the cap that was signed off; a return to agency work the day after leaving employment here.
        Assert.That(lines, Does.Contain("SW763567,AG00993,Meridian Social Work,social_worker,47.50,2024-12-24,,no,met,\"breach, signed off 2025-10-15\",met,met,met"));
        Assert.That(lines, Does.Contain("SW238147,E00813,Meridian Social Work,social_worker,52.00,2025-11-04,2026-07-11,no,met,breach,met,met,breach"));
        Assert.That(lines, Does.Contain("rule,met,breach,not recorded,not applicable"));
        Assert.That(lines, Does.Contain("price_cap,5,3,0,0"), "three rates above £45.00, one of them signed off");
        Assert.That(lines, Does.Contain("E00813,52.00,45.00,"), "a breach not signed off has a blank date");
    }

    [Test]
    public async Task ShouldFindAnAssignmentStartingWithUnderThreeYearsQualified_InTheJsonOf2026Q1()
    {
        var run = await WiRun.RunAsync("agency-return", "--quarter", "2026-Q1", "--db", _db, "--format", "json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.That((root.GetProperty("from").GetString(), root.GetProperty("to").GetString()), Is.EqualTo(("2026-01-01", "2026-03-31")));
        // AG01041 qualified on 11 March 2023 and started on 30 January 2026: 2 whole years.
        var dan = root.GetProperty("assignments").EnumerateArray().Single(a => a.GetProperty("workerId").GetString() == "AG01041");
        Assert.That(dan.GetProperty("rules").GetProperty("experience").GetString(), Is.EqualTo("breach"));
        var summary = root.GetProperty("summary");
        Assert.That(summary.GetProperty("assignments").GetInt32(), Is.EqualTo(root.GetProperty("assignments").GetArrayLength()));
        Assert.That(summary.GetProperty("rules").GetProperty("experience").GetProperty("breach").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldShowThePriceCapAsNotRecorded_WhenNoCapIsConfigured()
    {
        Environment.SetEnvironmentVariable(CapVariable, null);

        var run = await WiRun.RunAsync("agency-return", "--quarter", "2026-Q3", "--db", _db, "--format", "json");

        var rules = JsonDocument.Parse(run.Output).RootElement.GetProperty("summary").GetProperty("rules").GetProperty("priceCap");
        Assert.That(rules.GetProperty("not recorded").GetInt32(), Is.EqualTo(8), "never met without a cap");
        Assert.That(rules.GetProperty("met").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ShouldFailForAQuarterEndingAfterTheExtractDate()
    {
        var run = await WiRun.RunAsync("agency-return", "--quarter", "2026-Q4", "--db", _db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("after the data's extract date 2026-10-31"));
    }

    [TestCase(CapVariable, "£45", "Agency:Caps:social_worker")]
    [TestCase("Agency__Caps__locum", "45", "Agency:Caps:locum")]
    [TestCase("Agency__AllFrom", "1 October 2025", "Agency:AllFrom")]
    public async Task ShouldRefuseToStartWithABadAgencySetting_NamingItsKey(string variable, string value, string key)
    {
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            var run = await WiRun.RunAsync("agency-return", "--quarter", "2026-Q3", "--db", _db);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain(key));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}

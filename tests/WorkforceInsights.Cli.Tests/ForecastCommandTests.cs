using System.Text.Json;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Cli.Tests;

/// <summary>`wi forecast` (forecast.md): the hand-worked council imported through CSV and the database gives the Core model's figures, in the spec's JSON.</summary>
[NonParallelizable] // the plan's targets are set through environment variables, as a council's scheduler would
public class ForecastCommandTests : TempFolderTest
{
    private async Task ImportScenarioAsync()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        var import = await WiRun.RunAsync("import", input, "--extract-date", ScenarioCouncil.AsOf, "--db", Db);
        Assert.That(import.ExitCode, Is.Zero, import.Output);
    }

    private static WorkforceForecast InCore(int months, ForecastScenario scenario) => WorkforceForecaster.Run(
        FixtureCsv.Inputs(ScenarioCouncil.Teams, ScenarioCouncil.Workers, ScenarioCouncil.Allocations, ScenarioCouncil.Referrals, ScenarioCouncil.Establishment, FixtureCsv.Date(ScenarioCouncil.AsOf)),
        FixtureCsv.Date(ScenarioCouncil.AsOf), months, scenario);

    [Test]
    public async Task ShouldPrintTheModelsFigures_InTheSpecsJson()
    {
        await ImportScenarioAsync();

        var run = await WiRun.RunAsync("forecast", "--db", Db, "--format", "json", "--months", "6", "--conversions", "1", "--extra-asye", "2",
            "--leaving-change", "-20", "--establishment-change", "1.5", "--demand-change", "10");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var expected = InCore(6, new ForecastScenario(2, 1, -20, 1.5, 10));
        Assert.That(root.GetProperty("asOf").GetString(), Is.EqualTo(ScenarioCouncil.AsOf), "E: the extract date");
        Assert.That(root.GetProperty("months").GetInt32(), Is.EqualTo(6));
        Assert.That(root.GetProperty("scenario").GetProperty("conversions").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("rates").GetProperty("5+ years").GetDouble(), Is.EqualTo(expected.Rates["5+ years"]).Within(1e-12));
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.That(points, Has.Length.EqualTo(7), "m = 0 .. 6");
        Assert.That(points[0].GetProperty("employedFte").GetDouble(), Is.EqualTo((double)ScenarioCouncil.Expected["workforce.employedFte"]!.Value), "m = 0 is the dashboard's figure");
        Assert.Multiple(() =>
        {
            foreach (var (point, m) in points.Select((p, m) => (p, m)))
            {
                var core = expected.Points[m];
                Assert.That(point.GetProperty("date").GetString(), Is.EqualTo(core.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(point.GetProperty("employedFte").GetDouble(), Is.EqualTo(core.EmployedFte).Within(1e-9));
                Assert.That(point.GetProperty("employedFteHigh").GetDouble(), Is.EqualTo(core.EmployedFteHigh).Within(1e-9));
                Assert.That(point.GetProperty("agencyFte").GetDouble(), Is.EqualTo(core.AgencyFte).Within(1e-9));
                Assert.That(point.GetProperty("turnoverRate").GetDouble(), Is.EqualTo(core.TurnoverRate!.Value).Within(1e-9));
                Assert.That(point.GetProperty("averageCaseload").GetDouble(), Is.EqualTo(core.AverageCaseload!.Value).Within(1e-9));
                Assert.That(point.GetProperty("employedFteByBand").GetProperty("ASYE").GetDouble(), Is.EqualTo(core.EmployedFteByBand["ASYE"]).Within(1e-9));
            }
        });
        Assert.That(root.GetProperty("backtest").GetProperty("asOf").GetString(), Is.EqualTo("2023-09-30"));
        var cohorts = EarlyCareerCohorts.For(
            FixtureCsv.Inputs(ScenarioCouncil.Teams, ScenarioCouncil.Workers, ScenarioCouncil.Allocations, ScenarioCouncil.Referrals, ScenarioCouncil.Establishment, FixtureCsv.Date(ScenarioCouncil.AsOf)),
            FixtureCsv.Date(ScenarioCouncil.AsOf), 10);
        Assert.That(cohorts, Is.Not.Empty, "the scenario council has ASYE starters");
        Assert.That(root.GetProperty("cohorts").EnumerateArray().Select(c => (c.GetProperty("year").GetInt32(), c.GetProperty("starters").GetInt32())),
            Is.EqualTo(cohorts.Select(c => (c.Year, c.Starters))));
        Assert.That(root.GetProperty("backtest").GetProperty("employedFte").GetProperty("actual").GetDouble(), Is.EqualTo(6));
    }

    [Test]
    public async Task ShouldShowThePlansTargetsOnOrOffTrack()
    {
        await ImportScenarioAsync();
        var employedAtD3 = InCore(3, ForecastScenario.Baseline).Points[3].EmployedFte;
        Environment.SetEnvironmentVariable("Targets__Plan__0__Metric", "WF-EMP-FTE");
        Environment.SetEnvironmentVariable("Targets__Plan__0__Date", "2024-12-31");
        Environment.SetEnvironmentVariable("Targets__Plan__0__Value", "100");
        try
        {
            var run = await WiRun.RunAsync("forecast", "--db", Db, "--format", "json", "--months", "3");

            Assert.That(run.ExitCode, Is.Zero, run.Error);
            using var json = JsonDocument.Parse(run.Output);
            var target = json.RootElement.GetProperty("targets")[0];
            Assert.That(target.GetProperty("forecast").GetDouble(), Is.EqualTo(employedAtD3).Within(1e-9), "D_3 = 2024-12-31");
            Assert.That(target.GetProperty("gap").GetDouble(), Is.EqualTo(employedAtD3 - 100).Within(1e-9));
            Assert.That(target.GetProperty("onTrack").GetBoolean(), Is.False, "100 employed FTE is far above the council's 6");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Targets__Plan__0__Metric", null);
            Environment.SetEnvironmentVariable("Targets__Plan__0__Date", null);
            Environment.SetEnvironmentVariable("Targets__Plan__0__Value", null);
        }
    }

    [Test]
    public async Task ShouldRefuseAPlanTargetTheForecastCannotShow_NamingTheSetting()
    {
        Environment.SetEnvironmentVariable("Targets__Plan__0__Metric", "WF-SPAN");
        Environment.SetEnvironmentVariable("Targets__Plan__0__Date", "30/09/2027");
        try
        {
            var run = await WiRun.RunAsync("forecast", "--db", Db);

            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.Contain("Targets:Plan:0:Metric").And.Contain("Targets:Plan:0:Date").And.Contain("Targets:Plan:0:Value"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Targets__Plan__0__Metric", null);
            Environment.SetEnvironmentVariable("Targets__Plan__0__Date", null);
        }
    }

    [Test]
    public async Task ShouldPrintATable_WithTheBacktest()
    {
        await ImportScenarioAsync();

        var run = await WiRun.RunAsync("forecast", "--db", Db, "--months", "2");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Workforce forecast from 30 September 2024 for 2 months").And.Contain("2024-11-30").And.Contain("Last year's forecast"));
    }

    [TestCase("--months", "37", "--months")]
    [TestCase("--months", "2.5", "--months")]
    [TestCase("--conversions", "-1", "--conversions")]
    [TestCase("--demand-change", "lots", "--demand-change")]
    [TestCase("--as-of", "2024-10-01", "after the data's extract date")]
    public async Task ShouldExitWith1_ForAnOptionItCannotUse(string option, string value, string message)
    {
        await ImportScenarioAsync();

        var run = await WiRun.RunAsync("forecast", "--db", Db, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(run.Output, Is.Empty);
    }
}

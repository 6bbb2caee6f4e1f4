using System.Text.Json;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Cli.Tests;

public class MetricsCommandTests : TempFolderTest
{
    [Test]
    public async Task ShouldPrintTheHandWorkedFigures_AfterImportingTheScenarioCouncil()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);

        var import = await WiRun.RunAsync("import", input, "--db", Db);
        var metrics = await WiRun.RunAsync("metrics", "--as-of", ScenarioCouncil.AsOf, "--db", Db, "--format", "json");

        Assert.That(import.ExitCode, Is.Zero, import.Output);
        Assert.That(metrics.ExitCode, Is.Zero, metrics.Error);
        using var json = JsonDocument.Parse(metrics.Output); // standard output holds the JSON object and nothing else
        Assert.That(json.RootElement.GetProperty("asOf").GetString(), Is.EqualTo(ScenarioCouncil.AsOf));
        Assert.Multiple(() =>
        {
            foreach (var (path, expected) in ScenarioCouncil.Expected)
            {
                var element = path.Split('.').Aggregate(json.RootElement, (e, name) => e.GetProperty(name));
                if (expected is null)
                {
                    Assert.That(element.ValueKind, Is.EqualTo(JsonValueKind.Null), path);
                }
                else
                {
                    Assert.That(element.GetDecimal(), Is.EqualTo(expected.Value).Within(0.0000001m), path);
                }
            }
        });
    }

    [Test]
    public async Task ShouldWriteEveryMetricOfTheCatalogue_WhereItsDefinitionSays()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        await WiRun.RunAsync("import", input, "--db", Db);

        var metrics = await WiRun.RunAsync("metrics", "--as-of", ScenarioCouncil.AsOf, "--db", Db, "--format", "json");

        using var json = JsonDocument.Parse(metrics.Output);
        var missing = Core.Metrics.MetricCatalog.All.Select(m => m.Info)
            .Where(info => !info.Json.Split('.').Aggregate((JsonElement?)json.RootElement, (e, name) => e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var child) ? child : null).HasValue)
            .Select(info => info.Id).ToList();
        Assert.That(missing, Is.Empty, "every figure, including span of control, referrals with no allocation, looked-after 3+ and the data-quality counts");
        Assert.That(json.RootElement.GetProperty("workforce").GetProperty("spanOfControl").ValueKind, Is.EqualTo(JsonValueKind.Number).Or.EqualTo(JsonValueKind.Null));
        Assert.That(json.RootElement.GetProperty("caseload").GetProperty("byExperienceBand").EnumerateObject().Count(), Is.EqualTo(Core.Staff.ExperienceBand.All.Count), "the breakdown beside the metrics");
    }

    [Test]
    public async Task ShouldGiveNull_AndSayFewerThan12MonthsOfData_WhereTheHistoryDoesNotCoverTheFigure()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        await WiRun.RunAsync("import", input, "--db", Db);

        // 2024-08-31: the workers' history starts on 2023-09-30 (B1's end), after D − 12 months = 2023-08-31, so the
        // turnover is null. The referrals' starts on 2022-09-01 (R00): D − 12 months is after it, so referrals in the
        // year are given (R1, R2, R3, R3b, R4a, R5 = 6), but D − 24 months = 2022-08-31 is before it: no re-referral rate.
        var json = await WiRun.RunAsync("metrics", "--as-of", "2024-08-31", "--db", Db, "--format", "json");
        var table = await WiRun.RunAsync("metrics", "--as-of", "2024-08-31", "--db", Db, "--format", "table");

        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.That(root.GetProperty("workforce").GetProperty("turnoverRate").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("referrals").GetProperty("reReferralRate").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("referrals").GetProperty("referrals").GetDecimal(), Is.EqualTo(6));
        Assert.That(table.Output.Split('\n').Single(l => l.TrimStart().StartsWith("WF-TURN ", StringComparison.Ordinal)), Does.Contain("fewer than 12 months of data"));
    }

    [Test]
    public async Task ShouldExitWith1_ForADateAfterTheDatasExtractDate()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        await WiRun.RunAsync("import", input, "--extract-date", "2024-10-31", "--db", Db);

        var onE = await WiRun.RunAsync("metrics", "--as-of", "2024-10-31", "--db", Db, "--format", "json");
        var afterE = await WiRun.RunAsync("metrics", "--as-of", "2024-11-01", "--db", Db, "--format", "json");

        Assert.That(onE.ExitCode, Is.Zero, onE.Error);
        Assert.That(afterE.ExitCode, Is.EqualTo(1));
        Assert.That(afterE.Error, Does.Contain("after the data's extract date 2024-10-31"));
        Assert.That(afterE.Output, Is.Empty, "no figures are printed");
    }

    [Test]
    public async Task ShouldStoreTheMonthlySeriesWithBreakdowns_AfterAnImport()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);

        var import = await WiRun.RunAsync("import", input, "--db", Db);

        Assert.That(import.Output, Does.Contain("Metric series recomputed"));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        await connection.OpenAsync();
        double? Point(string metric, string dimension, string group)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM metric_snapshots WHERE as_of = $asOf AND metric_id = $metric AND dimension = $dimension AND group_key = $group";
            command.Parameters.AddWithValue("$asOf", ScenarioCouncil.AsOf);
            command.Parameters.AddWithValue("$metric", metric);
            command.Parameters.AddWithValue("$dimension", dimension);
            command.Parameters.AddWithValue("$group", group);
            return command.ExecuteScalar() is double value ? value : null;
        }

        // 30 September 2024 is a month end, so it is stored: the council's turnover and team T2's (1 leaving over 2.5 FTE).
        Assert.That(Point("WF-TURN", "Council", "Council"), Is.EqualTo(4.6 / 6.0 * 100).Within(1e-9));
        Assert.That(Point("WF-TURN", "Team", "T2"), Is.EqualTo(40).Within(1e-9));
        Assert.That(Point("CH-3P-RATE", "CaseType", "CP"), Is.EqualTo(100.0 / 3).Within(1e-9), "C4 of C2, C4, C8");
    }

    [Test]
    public async Task ShouldPrintATable_ByDefault()
    {
        var run = await WiRun.RunAsync("metrics", "--as-of", "2024-09-30", "--db", Db);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("Turnover rate").And.Contain("no data"), "an empty database has no rates");
    }

    [Test]
    public async Task ShouldPrintCountsAsWholeNumbers_AndRatesToOneDecimalPlace()
    {
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        await WiRun.RunAsync("import", input, "--db", Db);

        var lines = (await WiRun.RunAsync("metrics", "--as-of", ScenarioCouncil.AsOf, "--db", Db)).Output.Split('\n');

        Assert.That(lines.Single(l => l.TrimStart().StartsWith("CASE-HELD ", StringComparison.Ordinal)), Does.Not.Match(@"\d\.\d"), "cases are whole: no '3,865.0 cases'");
        Assert.That(lines.Single(l => l.TrimStart().StartsWith("WF-TURN ", StringComparison.Ordinal)), Does.Match(@"\d+\.\d "), "a rate keeps one decimal place");
    }

    [TestCase("30/09/2024", TestName = "ShouldRejectAnAsOfDateNotInIsoForm")]
    [TestCase("2024-09-30", "--format", "xml", TestName = "ShouldRejectAnUnknownFormat")]
    public async Task ShouldRejectBadArguments(string asOf, params string[] more)
    {
        var run = await WiRun.RunAsync(["metrics", "--as-of", asOf, "--db", Db, .. more]);

        Assert.That(run.ExitCode, Is.EqualTo(1));
    }
}

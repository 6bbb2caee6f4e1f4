using System.Text.Json;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>`wi benchmarks import` and `wi benchmarks show` on the shipped DfE files (benchmarks.md).</summary>
public class BenchmarksCommandTests : TempFolderTest
{
    private static string Shipped => Path.Combine(RepositoryPaths.Root, "reference-data", "dfe");

    private async Task<JsonElement> ShowAsync(params string[] extra)
    {
        var run = await WiRun.RunAsync(["benchmarks", "show", "--db", Db, "--format", "json", .. extra]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    [Test]
    public async Task ShouldShowSomersetsTurnover_AsWorkedOutByHand()
    {
        var import = await WiRun.RunAsync("benchmarks", "import", Shipped, "--db", Db);
        Assert.That(import.ExitCode, Is.Zero, import.Output);

        var somerset = await ShowAsync("--la", "933");

        // csww 2025: Somerset 11.9, England 11.8, South West 11.4. Its ten neighbours (sn_model_2025_wide.csv, 933):
        // Suffolk 9.5, Derbyshire 11.3, Dorset 7.9, Shropshire 15.5, Worcestershire 12.3, Nottinghamshire 9.8, Devon 14.2,
        // Staffordshire 8.4, Leicestershire 8.3, Essex 8.4. Sorted: 7.9 8.3 8.4 8.4 9.5 | 9.8 11.3 12.3 14.2 15.5:
        // median (9.5 + 9.8) / 2 = 9.65; mean 105.6 / 10 = 10.56.
        var turnover = somerset.GetProperty("measures").GetProperty("turnoverRate");
        Assert.That(somerset.GetProperty("laName").GetString(), Is.EqualTo("Somerset"));
        Assert.That(somerset.GetProperty("regionName").GetString(), Is.EqualTo("South West"));
        Assert.That(somerset.GetProperty("neighbours").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "935", "830", "838", "893", "885", "891", "878", "860", "855", "881" }));
        Assert.That(turnover.GetProperty("year").GetInt32(), Is.EqualTo(2025));
        Assert.That(turnover.GetProperty("periodEnd").GetString(), Is.EqualTo("2025-09-30"));
        Assert.That(turnover.GetProperty("la").GetDouble(), Is.EqualTo(11.9));
        Assert.That(turnover.GetProperty("england").GetDouble(), Is.EqualTo(11.8));
        Assert.That(turnover.GetProperty("region").GetDouble(), Is.EqualTo(11.4));
        Assert.That(turnover.GetProperty("neighboursMedian").GetDouble(), Is.EqualTo(9.65).Within(1e-9));
        Assert.That(turnover.GetProperty("neighboursMean").GetDouble(), Is.EqualTo(10.56).Within(1e-9));
        Assert.That(turnover.GetProperty("neighboursCount").GetInt32(), Is.EqualTo(10));
        Assert.That(turnover.GetProperty("council").ValueKind, Is.EqualTo(JsonValueKind.Null), "no extracts imported: the council's own figure is not covered");
        Assert.That(somerset.GetProperty("measures").EnumerateObject().Select(m => m.Name),
            Is.EqualTo(new[] { "turnoverRate", "agencyRate", "vacancyRate", "averageCaseload", "reReferralRate", "claThreePlusRate" }));
    }

    [Test]
    public async Task ShouldLeaveSuppressedValuesOut_AsNotPublished()
    {
        await WiRun.RunAsync("benchmarks", "import", Shipped, "--db", Db);

        // Kensington and Chelsea's 2025 turnover is published as "x" (not available).
        var turnover = (await ShowAsync("--la", "207", "--year", "2025")).GetProperty("measures").GetProperty("turnoverRate");

        Assert.That(turnover.GetProperty("la").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(turnover.GetProperty("rank").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(turnover.GetProperty("england").GetDouble(), Is.EqualTo(11.8), "England's figure is still shown");
        Assert.That(turnover.GetProperty("of").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task ShouldRejectAFileWithABadRowWhole_KeepingThePreviousFigures()
    {
        await WiRun.RunAsync("benchmarks", "import", Shipped, "--db", Db);
        var next = Directory.CreateDirectory(Path.Combine(Folder, "next")).FullName;
        var lines = File.ReadAllLines(Path.Combine(Shipped, "csww_indicators_2017_to_2025.csv"));
        var bad = lines.Select((l, i) => l.Contains(",933,", StringComparison.Ordinal) && l.StartsWith("2025", StringComparison.Ordinal) ? l.Replace(",11.9,", ",eleven,", StringComparison.Ordinal) : l).ToArray();
        await File.WriteAllLinesAsync(Path.Combine(next, "csww_next_year.csv"), bad);

        var import = await WiRun.RunAsync("benchmarks", "import", next, "--db", Db);
        var somerset = await ShowAsync("--la", "933");

        Assert.That(import.ExitCode, Is.EqualTo(2));
        Assert.That(import.Output, Does.Contain("csww_next_year.csv").And.Contain("column turnover_rate_fte, value 'eleven'").And.Match(@"line \d+"));
        Assert.That(somerset.GetProperty("measures").GetProperty("turnoverRate").GetProperty("la").GetDouble(), Is.EqualTo(11.9), "nothing of the file was loaded");
    }

    [Test]
    public async Task ShouldFailWithAMessage_ForAnUnknownLa()
    {
        await WiRun.RunAsync("benchmarks", "import", Shipped, "--db", Db);

        var run = await WiRun.RunAsync("benchmarks", "show", "--la", "999", "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("No local authority 999"));
    }
}

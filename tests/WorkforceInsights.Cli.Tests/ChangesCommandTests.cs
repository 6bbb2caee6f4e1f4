using System.Text.Json;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Cli.Tests;

/// <summary>Changes of social worker end to end: CSV with change_reason → `wi import` → `wi metrics --format json` (cli.md).</summary>
public class ChangesCommandTests : TempFolderTest
{
    [Test]
    public async Task ShouldPrintTheHandWorkedChanges_AfterImportingTheFixtureAsCsv()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "teams.csv"), ChangesCouncil.Teams);
        await File.WriteAllTextAsync(Path.Combine(input, "workers.csv"), ChangesCouncil.Workers);
        await File.WriteAllTextAsync(Path.Combine(input, "allocations.csv"), ChangesCouncil.Allocations);

        var import = await WiRun.RunAsync("import", input, "--db", Db);
        var metrics = await WiRun.RunAsync("metrics", "--as-of", ChangesCouncil.AsOf, "--db", Db, "--format", "json");

        Assert.That(import.ExitCode, Is.Zero, import.Output);
        Assert.That(metrics.ExitCode, Is.Zero, metrics.Error);
        var children = JsonDocument.Parse(metrics.Output).RootElement.GetProperty("children");
        Assert.That(children.GetProperty("changes").GetInt32(), Is.EqualTo(8));
        Assert.That(children.GetProperty("changesRecorded").GetInt32(), Is.EqualTo(1));
        Assert.That(children.GetProperty("changesByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()), Is.EqualTo(ChangesCouncil.ExpectedByReason),
            "all ten codes, zero where none");
    }

    [Test]
    public async Task ShouldRejectAnUnknownChangeReason_AsARowError()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "teams.csv"), ChangesCouncil.Teams);
        await File.WriteAllTextAsync(Path.Combine(input, "workers.csv"), ChangesCouncil.Workers);
        await File.WriteAllTextAsync(Path.Combine(input, "allocations.csv"), ChangesCouncil.Allocations.Replace(",chchan", ",BORED", StringComparison.Ordinal));

        var import = await WiRun.RunAsync("import", input, "--db", Db);

        Assert.That(import.ExitCode, Is.EqualTo(2));
        Assert.That(import.Output, Does.Contain("allocations.csv, line 11, column change_reason, value 'BORED'"));
    }
}

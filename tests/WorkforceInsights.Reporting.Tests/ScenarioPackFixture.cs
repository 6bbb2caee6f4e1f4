using Microsoft.Extensions.Hosting;
using WorkforceInsights.Cli;
using WorkforceInsights.Cli.Tests;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Reporting.Tests;

/// <summary>
/// The hand-worked council of the Core tests, imported once through `wi import`, and its briefing pack for the council's
/// date as the app and `wi pack` build it. No benchmarks are imported: the pack stands on the council's own figures.
/// </summary>
public abstract class ScenarioPackFixture
{
    private string _folder = null!;

    protected BriefingPack Pack { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task BuildThePackAsync()
    {
        _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-reporting-tests", Guid.NewGuid().ToString("N"))).FullName;
        var db = Path.Combine(_folder, "wi.db");
        await ScenarioFiles.WriteToAsync(Path.Combine(_folder, "in"));
        var import = await WiRun.RunAsync("import", Path.Combine(_folder, "in"), "--db", db);
        Assert.That(import.ExitCode, Is.Zero, import.Output + import.Error);

        using var host = CliHost.Build(CliArguments.Parse(["pack", "--db", db]));
        Pack = await host.Get<BriefingPackBuilder>().BuildAsync(DateOnly.Parse(ScenarioCouncil.AsOf, System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidOperationException("No figures were stored for the scenario council.");
        await host.StopAsync();
    }

    [OneTimeTearDown]
    public void DeleteTheFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected PackSection Section(string title) => Pack.Sections.Single(s => s.Title == title);
}

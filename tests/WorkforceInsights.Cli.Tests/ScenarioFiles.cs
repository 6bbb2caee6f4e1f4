using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Cli.Tests;

/// <summary>Writes the hand-worked council of the Core tests as the five extract files.</summary>
public static class ScenarioFiles
{
    public static async Task WriteToAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in new[]
        {
            ("teams.csv", ScenarioCouncil.Teams), ("workers.csv", ScenarioCouncil.Workers), ("allocations.csv", ScenarioCouncil.Allocations),
            ("referrals.csv", ScenarioCouncil.Referrals), ("establishment.csv", ScenarioCouncil.Establishment),
        })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), text + "\n");
        }
    }
}

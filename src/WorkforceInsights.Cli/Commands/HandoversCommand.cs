using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi handovers --as-of D [--team CODE | --area NAME] [--format json|table] [--db P]`: children about to lose their worker (balancing.md).</summary>
public static class HandoversCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "team", "area", "db", "format");
        var format = BalancingRun.Format(arguments);
        using var host = CliHost.Build(arguments);
        var run = await BalancingRun.ReadAsync(host, arguments, scopeRequired: false);
        var report = HandoverReport.From(run.Facts, run.Options.LeavingWithinDays);
        if (format == "json")
        {
            output.WriteLine(HandoversJson.Write(report));
        }
        else
        {
            HandoversTable.Write(run, report, output);
        }

        return 0;
    }
}

using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi balance --as-of D (--team CODE | --area NAME) [--format json|table] [--db P]`: the proposed moves of balancing.md.</summary>
public static class BalanceCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "team", "area", "db", "format");
        var format = BalancingRun.Format(arguments);
        using var host = CliHost.Build(arguments);
        var run = await BalancingRun.ReadAsync(host, arguments, scopeRequired: true);
        var plan = BalancePlanner.Plan(run.Facts);
        if (format == "json")
        {
            output.WriteLine(BalanceJson.Write(run, plan));
        }
        else
        {
            BalanceTable.Write(run, plan, output);
        }

        return 0;
    }
}

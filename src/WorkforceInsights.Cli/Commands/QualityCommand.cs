using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi quality --as-of yyyy-MM-dd [--db P]`: lists every data-quality finding that affects the figures.</summary>
public static class QualityCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "db");
        var asOf = arguments.AsOfDate();

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var findings = await host.Get<CouncilMetricsReader>().FindingsOnAsync(asOf);
        output.WriteLine($"{findings.Count} data-quality finding(s) on {asOf:yyyy-MM-dd}");
        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding.MetricId}\tworker {finding.WorkerId ?? "-"}\tchild {finding.ChildId ?? "-"}\t{finding.Detail}");
        }

        return 0;
    }
}

using Microsoft.Extensions.Configuration;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi metrics --as-of yyyy-MM-dd [--db P] [--format json|table]`: the metrics of metrics.md for that date (stored, or computed for a date the series does not hold).</summary>
public static class MetricsCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "db", "format");
        var asOf = arguments.AsOfDate();

        var format = arguments.Option("format") ?? "table";
        if (format is not ("json" or "table"))
        {
            throw new CliUsageException($"--format is json or table, not '{format}'.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        if ((await host.Get<DataStateStore>().ReadAsync()).ExtractDate is { } extractDate && asOf > extractDate)
        {
            // cli.md: no figure for a day the extracts do not yet describe.
            throw new InvalidOperationException($"--as-of {IsoDate.Of(asOf)} is after the data's extract date {IsoDate.Of(extractDate)}: the extracts do not yet describe that day.");
        }
        var figures = host.Get<CouncilMetricsReader>();
        var metrics = await figures.MetricsOnAsync(asOf);
        if (format == "json")
        {
            output.WriteLine(MetricsJson.Write(metrics));
        }
        else
        {
            var targets = host.Get<IConfiguration>().GetSection(MetricTargets.SectionName).Get<MetricTargets>() ?? new MetricTargets();
            MetricsTable.Write(metrics, await figures.MetricsOnAsync(asOf.AddMonths(-12)), targets, output);
        }

        return 0;
    }
}

using System.Globalization;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Import.Benchmarks;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// `wi benchmarks import &lt;folder&gt;` loads the DfE's published files; `wi benchmarks show --la &lt;code&gt; [--year Y]
/// [--format json|table]` prints how that LA compares (benchmarks.md), with the council's own figure from its extracts.
/// </summary>
public static class BenchmarksCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        var action = arguments.Positional.Count > 0 ? arguments.Positional[0] : null;
        return action switch
        {
            "import" => await ImportAsync(arguments, output),
            "show" => await ShowAsync(arguments, output),
            _ => throw new CliUsageException("'wi benchmarks' is followed by import <folder> or show --la <code>."),
        };
    }

    private static async Task<int> ImportAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("db");
        if (arguments.Positional.Count != 2)
        {
            throw new CliUsageException("'wi benchmarks import' needs the folder holding the published files: wi benchmarks import <folder>.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var report = await host.Get<BenchmarkImporter>().ImportAsync(arguments.Positional[1], "cli");
        ImportReportWriter.Write(report, output);
        return report.ExitCode;
    }

    private static async Task<int> ShowAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("la", "year", "db", "format");
        var la = arguments.Option("la") ?? throw new CliUsageException("'wi benchmarks show' needs --la <code>, the LA's 3-digit DfE number (e.g. 933).");
        int? year = arguments.Option("year") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : throw new CliUsageException($"--year is a year such as 2025, not '{text}'.")
            : null;
        var format = arguments.Option("format") ?? "table";
        if (format is not ("json" or "table"))
        {
            throw new CliUsageException($"--format is json or table, not '{format}'.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var stored = host.Get<StoredResultsQuery>();
        var report = await host.Get<BenchmarkReportBuilder>().BuildAsync(la, year, async periodEnds => await CouncilFiguresAsync(stored, periodEnds))
            ?? throw new InvalidOperationException($"No local authority {la} in the benchmark store (run 'wi benchmarks import <folder>' first; codes are the DfE's 3-digit LA numbers).");
        output.WriteLine(format == "json" ? BenchmarksJson.Write(report) : BenchmarksTable.Write(report));
        return 0;
    }

    /// <summary>The council's own figures on each period end its stored series covers (period ends are month ends, which the series holds).</summary>
    private static async Task<Func<DateOnly, string, double?>> CouncilFiguresAsync(StoredResultsQuery stored, IReadOnlyList<DateOnly> periodEnds)
    {
        var covered = new Dictionary<DateOnly, CouncilMetrics>();
        foreach (var periodEnd in periodEnds)
        {
            if (await stored.CouncilMetricsOnAsync(periodEnd) is { } metrics)
            {
                covered[periodEnd] = metrics;
            }
        }

        return (date, metricId) => covered.TryGetValue(date, out var metrics) ? (double?)metrics[metricId].Value : null;
    }
}

using System.Globalization;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi metrics --format table`: every metric's title, value to one decimal place, and unit.</summary>
public static class MetricsTable
{
    public static void Write(CouncilMetrics metrics, TextWriter output)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        output.WriteLine($"WorkforceInsights metrics as at {metrics.AsOf.ToString("d MMMM yyyy", culture)}");
        foreach (var metric in MetricCatalog.All)
        {
            output.WriteLine($"  {metric.Info.Id,-24} {metric.Info.Title,-48} {Format(metrics[metric.Info.Id].Value, culture),12} {metric.Info.Unit}");
        }

        output.WriteLine("  Average caseload by experience band:");
        foreach (var (band, result) in metrics.AverageCaseloadByBand)
        {
            output.WriteLine($"    {band,-10} {Format(result.Value, culture),10}");
        }
    }

    private static string Format(decimal? value, CultureInfo culture) => value is { } v ? v.ToString("N1", culture) : "no data";
}

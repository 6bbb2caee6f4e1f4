using System.Globalization;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// `wi metrics --format table`: every metric's value to one decimal place with its unit, the same
/// date a year before, and the status against the target and against the year before.
/// </summary>
public static class MetricsTable
{
    public static void Write(CouncilMetrics metrics, CouncilMetrics yearBefore, MetricTargets targets, TextWriter output)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        output.WriteLine($"WorkforceInsights metrics as at {metrics.AsOf.ToString("d MMMM yyyy", culture)} (year before: {yearBefore.AsOf.ToString("d MMMM yyyy", culture)})");
        output.WriteLine($"  {"id",-24} {"metric",-46} {"value",10} {"year before",12} {"target",8}  {"vs target",-10} {"vs year before",-14} unit");
        foreach (var metric in MetricCatalog.All)
        {
            var info = metric.Info;
            var value = metrics[info.Id].Value;
            var previous = yearBefore[info.Id].Value;
            var target = targets.For(info.Id);
            output.WriteLine($"  {info.Id,-24} {info.Title,-46} {Text(metrics[info.Id], info.Unit, culture),10} {Text(yearBefore[info.Id], info.Unit, culture),12} {(target is null ? "-" : Format(target, info.Unit, culture)),8}  {(target is null ? "-" : Word(StatusRules.AgainstTarget(info, value, target, targets.Tolerance), "on target")),-10} {(info.Polarity == Polarity.Neutral ? "-" : Word(StatusRules.AgainstYearBefore(info, value, previous, targets.Tolerance), "no change")),-14} {info.Unit.Label()}");
        }

        output.WriteLine("  Average caseload by experience band (differential caseload):");
        foreach (var (band, result) in metrics.AverageCaseloadByBand)
        {
            var target = targets.For(MetricIds.AverageCaseload, band);
            output.WriteLine($"    {band,-10} {Text(result, MetricUnit.CasesPerFte, culture),10}   target {Format(target, MetricUnit.CasesPerFte, culture)}: {Word(StatusRules.AgainstTarget(Core.Metrics.Definitions.Caseload.AverageCaseload.Definition, result.Value, target, targets.Tolerance), "on target")}");
        }
    }

    /// <summary>A figure, or "fewer than 12 months of data" where the history does not yet cover it (metrics.md, "Complete years only").</summary>
    private static string Text(MetricResult result, MetricUnit unit, CultureInfo culture) =>
        result.ShortHistory ? Charts.FigureText.FewerThanAYear : Format(result.Value, unit, culture);

    /// <summary>Counts as whole numbers ("3,865 cases"), rates, FTE and averages to one decimal place, as the dashboard shows them.</summary>
    private static string Format(decimal? value, MetricUnit unit, CultureInfo culture) =>
        value is not { } v ? "no data" : v.ToString(unit.IsCount() ? "N0" : "N1", culture);

    private static string Word(Status status, string level) => status switch
    {
        Status.Better => "better",
        Status.OnTarget => level,
        Status.Worse => "worse",
        _ => "no data",
    };
}

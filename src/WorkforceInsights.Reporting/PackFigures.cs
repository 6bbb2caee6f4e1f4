using System.Globalization;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Reporting;

/// <summary>
/// How figures read in the pack, which leaves the council (access.md): as on the dashboard, with every count of
/// people, children or records from 1 to 4 written "&lt;5".
/// </summary>
public static class PackFigures
{
    public static string Format(double? value, MetricUnit unit) =>
        unit.IsCount() && value is >= 1 and <= 4 ? "<5" : FigureText.Format(value, unit);

    /// <summary>A published benchmark: one decimal place, "not published" where suppressed or absent.</summary>
    public static string Published(double? value) => value?.ToString("N1", FigureText.Culture) ?? "not published";

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", FigureText.Culture);

    public static string Key(DateOnly date) => IsoDate.Of(date);
}

using System.Globalization;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Reporting;

/// <summary>
/// How dates and published benchmarks read in the pack. Its own figures read as on the dashboard, withheld by the
/// small-numbers rule (<see cref="WithheldPoints"/>).
/// </summary>
public static class PackFigures
{
    /// <summary>A published benchmark: one decimal place, "not published" where suppressed or absent.</summary>
    public static string Published(double? value) => value?.ToString("N1", FigureText.Culture) ?? "not published";

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", FigureText.Culture);

    public static string Key(DateOnly date) => IsoDate.Of(date);
}

using System.Globalization;

namespace WorkforceInsights.Charts;

/// <summary>How a figure reads, on screen and on paper: en-GB, one decimal place for rates and FTE, whole counts.</summary>
public static class FigureText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(double? value, string unit) => value is not { } v ? "no data"
        : unit == "%" ? v.ToString("N1", Culture) + "%"
        : IsCount(unit) ? v.ToString("N0", Culture)
        : v.ToString("N1", Culture);

    /// <summary>Counts of people, children or records are shown whole (<see cref="Core.Metrics.MetricUnits.IsCount"/>).</summary>
    public static bool IsCount(string unit) => Core.Metrics.MetricUnits.IsCount(unit);

    /// <summary>A difference between two values of a unit: percentages differ by points.</summary>
    public static string Difference(double difference, string unit) =>
        unit == "%" ? Format(Math.Abs(difference), "points") + " points" : Format(Math.Abs(difference), unit);
}

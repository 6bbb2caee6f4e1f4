using System.Globalization;

namespace WorkforceInsights.Charts;

/// <summary>How a figure reads, on screen and on paper: en-GB, one decimal place for rates and FTE, whole counts.</summary>
public static class FigureText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// What a figure reads where the extracts' history does not yet cover what it needs (metrics.md, "Complete years
    /// only"), on screen, on paper and in the CLI's table alike.
    /// </summary>
    public const string FewerThanAYear = "fewer than 12 months of data";

    public static string Format(double? value, string unit) => value is not { } v ? "no data"
        : unit == "%" ? v.ToString("N1", Culture) + "%"
        : IsCount(unit) ? v.ToString("N0", Culture)
        : v.ToString("N1", Culture);

    /// <summary>
    /// Counts of people, children or records (workers, children, cases, referrals, leavings, pairs...): shown whole, and
    /// the units small-number suppression applies to. Rates, FTE and averages are not counts.
    /// </summary>
    public static bool IsCount(string unit) => unit is not ("%" or "FTE" or "cases per FTE" or "reports per manager" or "points");

    /// <summary>A difference between two values of a unit: percentages differ by points.</summary>
    public static string Difference(double difference, string unit) =>
        unit == "%" ? Format(Math.Abs(difference), "points") + " points" : Format(Math.Abs(difference), unit);
}

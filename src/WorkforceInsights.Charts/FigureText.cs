using System.Globalization;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Charts;

/// <summary>How a figure reads, on screen and on paper: en-GB, one decimal place for rates and FTE, whole counts and pounds.</summary>
public static class FigureText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// What a figure reads where the extracts' history does not yet cover what it needs (metrics.md, "Complete years
    /// only"), on screen, on paper and in the CLI's table alike.
    /// </summary>
    public const string FewerThanAYear = "fewer than 12 months of data";

    /// <summary>What a figure reads where its date has not come yet (e.g. an early-career cohort's retention 36 months on).</summary>
    public const string NotYet = "not yet";

    /// <summary>Whether a chart point's note says its value is withheld (small numbers), not merely missing.</summary>
    public static bool IsWithheld(string? note) => note is not null && note != FewerThanAYear && note != NotYet;

    public static string Format(double? value, MetricUnit unit) => value is not { } v ? "no data"
        : unit == MetricUnit.Percent ? v.ToString("N1", Culture) + "%"
        : unit == MetricUnit.Pounds ? "£" + v.ToString("N0", Culture)
        : unit.IsCount() ? v.ToString("N0", Culture)
        : v.ToString("N1", Culture);

    /// <summary>The change on a year before, signed, e.g. "+1.5 points on a year before" for a rate.</summary>
    public static string Change(double? change, MetricUnit unit) => change is not { } c ? "no data for a year before" : SignedDifference(c, unit) + " on a year before";

    /// <summary>A difference with its sign, e.g. "+0.8 points" for a rate, "−1.5" for FTE; "no data" where there is none.</summary>
    public static string SignedDifference(double? difference, MetricUnit unit) => difference is not { } d ? "no data"
        : $"{(d > 0 ? "+" : d < 0 ? "−" : "±")}{Difference(d, unit)}";

    /// <summary>
    /// A month as chart labels and tables write it, e.g. "Sep 2024". The culture's own abbreviations mix styles
    /// ("Sept" beside "Aug"), so the three-letter names are fixed here.
    /// </summary>
    public static string Month(DateOnly date) => s_months[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A month as a sentence writes it, e.g. "September 2024".</summary>
    public static string LongMonth(DateOnly date) => date.ToString("MMMM yyyy", Culture);

    /// <summary>A published benchmark: one decimal place, "not published" where suppressed or absent.</summary>
    public static string Published(double? value) => value?.ToString("N1", Culture) ?? "not published";

    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A difference between two values of a unit: percentages differ by points.</summary>
    public static string Difference(double difference, MetricUnit unit) =>
        unit == MetricUnit.Percent ? Format(Math.Abs(difference), MetricUnit.Points) + " points" : Format(Math.Abs(difference), unit);
}

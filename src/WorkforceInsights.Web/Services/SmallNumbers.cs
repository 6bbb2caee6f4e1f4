using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Small-number suppression (access.md, metrics.md): in downloads, and in tables shown to users without
/// worker-level rights for that team, a count of people or children from 1 to 4 is shown as "&lt;5", and a
/// rate (or average) whose numerator or denominator is from 1 to 4 as "suppressed". The council's own totals
/// and zeros are shown as they are.
/// </summary>
public static class SmallNumbers
{
    public const string Count = "<5";
    public const string Rate = "suppressed";

    public static bool IsSmall(double? count) => count is >= 1 and <= 4;

    /// <summary>Whether a view of this scope is suppressed: never for the whole council; always in a download; else unless the user may see the scope's workers.</summary>
    public static bool Applies(SeriesScope scope, bool download, bool maySeeWorkers) =>
        scope.Dimension != Dimension.Council && (download || !maySeeWorkers);

    /// <summary>What is shown instead of a value that must be withheld, or null when it may be shown.</summary>
    public static string? Note(double? value, double? numerator, double? denominator, MetricUnit unit) =>
        unit.IsCount() ? (IsSmall(value) ? Count : null)
        : IsSmall(numerator) || IsSmall(denominator) ? Rate : null;

    /// <summary>A value as a suppressed download writes it.</summary>
    public static string ValueText(double? value, double? numerator, double? denominator, MetricUnit unit) =>
        Note(value, numerator, denominator, unit) ?? Figures.Raw(value);

    /// <summary>A numerator or denominator as a suppressed download writes it.</summary>
    public static string PartText(double? part) => IsSmall(part) ? Count : Figures.Raw(part);


}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Overview page: headline tiles for the reporting date and scope, with the data's date and last import.</summary>
/// <param name="Dates">Every stored month end (the reporting dates on offer).</param>
/// <param name="Requested">The reporting date the URL names, resolved to a stored date; null for the latest.</param>
public sealed record OverviewViewModel(
    DateOnly? AsOf,
    DateOnly? YearBefore,
    string? LastImport,
    SeriesScope Scope,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<DateOnly> Dates,
    DateOnly? Requested,
    IReadOnlyList<OverviewViewModel.Tile> Tiles,
    string? BenchmarkNote = null)
{
    /// <summary>One headline figure: its value, a year before, target, statuses and recent trend (with its CSV).</summary>
    /// <param name="Suppressed">Small numbers are withheld from this user in this scope (access.md): the value reads "&lt;5" or "suppressed" where small.</param>
    /// <param name="Published">The latest published benchmarks of the matching measure (benchmarks.md), for the council-wide view.</param>
    /// <param name="ShortHistory">The extracts' history does not yet cover what the figure needs on the date (metrics.md, "Complete years only").</param>
    public sealed record Tile(MetricInfo Info, double? Value, double? YearBeforeValue, decimal? Target, Status AgainstTarget, Status AgainstYearBefore, IReadOnlyList<MetricSeriesPoint> Trend, string TrendDownloadUrl, bool Suppressed = false, Core.Benchmarks.BenchmarkComparison? Published = null, bool ShortHistory = false)
    {
        /// <summary>What is shown instead of the value when there is none for a short history, or it is withheld; else null.</summary>
        public string? Note => ShortHistory ? Charts.FigureText.FewerThanAYear
            : Suppressed && Trend.Count > 0 && Trend[^1] is var latest && latest.Value == Value
            ? SmallNumbers.Note(latest.Value, latest.Numerator, latest.Denominator, Info.Unit) : null;

        public double? Change => Value - YearBeforeValue;
    }
}

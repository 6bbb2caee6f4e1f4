using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

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
    /// <param name="Withheld">What the small-numbers rule withholds from this user in this scope (access.md), or null where it does not apply.</param>
    /// <param name="Published">The latest published benchmarks of the matching measure (benchmarks.md), for the council-wide view.</param>
    /// <param name="ShortHistory">The extracts' history does not yet cover what the figure needs on the date (metrics.md, "Complete years only").</param>
    public sealed record Tile(MetricInfo Info, double? Value, double? YearBeforeValue, decimal? Target, Status AgainstTarget, Status AgainstYearBefore, IReadOnlyList<MetricSeriesPoint> Trend, string TrendDownloadUrl, WithheldPoints? Withheld = null, Core.Benchmarks.BenchmarkComparison? Published = null, bool ShortHistory = false)
    {
        /// <summary>What is shown instead of the value when there is none for a short history, or it is withheld; else null.</summary>
        public string? Note => ShortHistory ? Charts.FigureText.FewerThanAYear
            : Withheld is { } withheld && Trend.Count > 0 && Trend[^1] is var latest && latest.Value == Value
            ? withheld.Note(latest, Info.Unit) : null;

        /// <summary>Whether the value a year before is withheld: the change from it would give it away, so it goes too.</summary>
        public bool YearBeforeWithheld => Withheld is { } withheld && Trend.Count > 0 && withheld[Trend[^1].AsOf.AddMonths(-12), Info.Id] != Core.Disclosure.Withheld.None;

        public double? Change => YearBeforeWithheld ? null : Value - YearBeforeValue;
    }
}

using WorkforceInsights.Charts;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Web.Services;

/// <summary>A page of monthly trends (Workforce, Children, Referrals): the chosen scope and date, the teams and dates to filter by, each chart's series.</summary>
/// <param name="Dates">Every stored month end (the reporting dates on offer).</param>
/// <param name="AsOf">The reporting date shown: charts end here.</param>
/// <param name="Requested">The reporting date the URL names, resolved to a stored date; null for the latest.</param>
public sealed record TrendPageViewModel(SeriesScope Scope, IReadOnlyList<Team> Teams, IReadOnlyList<TrendPageViewModel.Chart> Charts, IReadOnlyList<DateOnly> Dates, DateOnly? AsOf, DateOnly? Requested, string? LastImport)
{
    /// <param name="MetricIds">What the chart plots (tests and scripts find a chart by them).</param>
    public sealed record Chart(ChartSpec Spec, IReadOnlyList<string> MetricIds, string DownloadUrl);

    /// <summary>
    /// Whether a charted metric has no figure on the date because the extracts' history does not yet cover it
    /// (metrics.md, "Complete years only"): the page then says so instead of showing part-year counts.
    /// </summary>
    public bool IsShortHistory(string metricId, DateOnly date) => Charts
        .SelectMany(c => c.Spec.Series.Where(s => s.Key == metricId).Select(s => (c.Spec.Categories, s.Notes)))
        .Any(c => c.Categories.ToList().FindIndex(k => k.Key == Core.Periods.IsoDate.Of(date)) is >= 0 and var i && c.Notes?[i] == FigureText.FewerThanAYear);
}

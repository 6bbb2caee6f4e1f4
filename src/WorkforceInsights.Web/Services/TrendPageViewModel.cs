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
}

using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>A page of monthly trends (Workforce, Children, Referrals): the chosen scope, the teams to filter by, each chart's series.</summary>
public sealed record TrendPageViewModel(SeriesScope Scope, IReadOnlyList<Team> Teams, IReadOnlyList<TrendPageViewModel.Chart> Charts, DateOnly? AsOf, string? LastImport)
{
    public sealed record Chart(string Title, IReadOnlyList<string> MetricIds, IReadOnlyList<MetricSeriesPoint> Points, string DownloadUrl);
}

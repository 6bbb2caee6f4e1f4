using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Workforce page: the chosen scope, the teams to filter by, and each chart's series.</summary>
public sealed record WorkforceViewModel(SeriesScope Scope, IReadOnlyList<Team> Teams, IReadOnlyList<WorkforceViewModel.Chart> Charts)
{
    public sealed record Chart(string Title, IReadOnlyList<string> MetricIds, IReadOnlyList<MetricSeriesPoint> Points, string DownloadUrl);
}

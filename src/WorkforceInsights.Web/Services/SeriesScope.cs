using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Web.Services;

/// <summary>Which stored group a page shows: a team, else a service area, else the whole council (from the URL's filters).</summary>
public sealed record SeriesScope(Dimension Dimension, string GroupKey, string Label)
{
    public static SeriesScope From(string? serviceArea, string? team) =>
        !string.IsNullOrEmpty(team) ? new(Dimension.Team, team, $"team {team}")
        : !string.IsNullOrEmpty(serviceArea) ? new(Dimension.ServiceArea, serviceArea, serviceArea)
        : new(Dimension.Council, MetricDaySplitter.CouncilKey, "the whole council");
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Web.Services;

/// <summary>Which stored group a page shows: a team, else a service area, else the whole council (from the URL's filters).</summary>
public sealed record SeriesScope(Dimension Dimension, string GroupKey, string Label)
{
    /// <param name="serviceArea">A service area, or null.</param>
    /// <param name="team">A team code (wins over the service area), or null.</param>
    /// <param name="caseType">A case type (children's measures; the stored series split by one dimension at a time, so it wins over both).</param>
    public static SeriesScope From(string? serviceArea, string? team, string? caseType = null) =>
        !string.IsNullOrEmpty(caseType) ? new(Dimension.CaseType, caseType, $"children whose main case type is {caseType}")
        : !string.IsNullOrEmpty(team) ? new(Dimension.Team, team, $"team {team}")
        : !string.IsNullOrEmpty(serviceArea) ? new(Dimension.ServiceArea, serviceArea, serviceArea)
        : new(Dimension.Council, MetricDaySplitter.CouncilKey, "the whole council");

    /// <summary>The label of a stored group named by a download's <c>dimension</c> and <c>group</c>.</summary>
    public static string LabelOf(string dimension, string group) => dimension switch
    {
        nameof(Dimension.CaseType) => From(null, null, group).Label,
        nameof(Dimension.Team) => From(null, group).Label,
        nameof(Dimension.ServiceArea) => From(group, null).Label,
        _ => From(null, null).Label,
    };
}

namespace WorkforceInsights.Core.Metrics;

/// <summary>Common dimension lists for <see cref="MetricInfo.Dimensions"/>.</summary>
public static class Breakdowns
{
    public static IReadOnlyList<Dimension> CouncilOnly { get; } = [Dimension.Council];

    /// <summary>Where a team is known: by service area, team and locality.</summary>
    public static IReadOnlyList<Dimension> Organisation { get; } = [Dimension.Council, Dimension.ServiceArea, Dimension.Team, Dimension.Locality];

    public static IReadOnlyList<Dimension> Workforce { get; } = [.. Organisation, Dimension.Role, Dimension.EmploymentType];

    public static IReadOnlyList<Dimension> Caseload { get; } = [.. Organisation, Dimension.Role, Dimension.EmploymentType, Dimension.ExperienceBand];

    public static IReadOnlyList<Dimension> Children { get; } = [.. Organisation, Dimension.CaseType];
}

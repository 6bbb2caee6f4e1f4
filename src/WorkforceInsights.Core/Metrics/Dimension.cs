namespace WorkforceInsights.Core.Metrics;

/// <summary>The breakdowns a metric can be shown by. Council is the whole council.</summary>
public enum Dimension
{
    Council,
    ServiceArea,
    Team,
    Locality,
    Role,
    EmploymentType,
    ExperienceBand,
    CaseType,
}

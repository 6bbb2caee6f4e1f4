namespace WorkforceInsights.Web.Services;

/// <summary>The filters a page takes from its URL (so a link reproduces the view): reporting date, service area, team, case type.</summary>
public sealed record PageFilters(DateOnly? AsOf, string? ServiceArea, string? Team, string? CaseType = null)
{
    public SeriesScope Scope => SeriesScope.From(ServiceArea, Team, CaseType);
}

using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages;

/// <summary>A page whose filters live in the URL, so a link reproduces the view: reporting date, service area, team.</summary>
public abstract class FilteredPageBase : ComponentBase
{
    [SupplyParameterFromQuery(Name = ReportingDate.QueryName)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    /// <summary>The case-type filter, on pages that offer one.</summary>
    protected virtual string? CaseTypeFilter => null;

    protected PageFilters Filters => new(ReportingDate.Parse(AsOf), Area, Team, CaseTypeFilter);
}

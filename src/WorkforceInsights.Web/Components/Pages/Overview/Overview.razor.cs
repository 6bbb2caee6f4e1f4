using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Overview;

public partial class Overview
{
    private OverviewViewModel? _model;

    [Inject]
    public required OverviewViewModelBuilder Builder { get; init; }

    /// <summary>The reporting date, yyyy-MM-dd, kept in the URL so a link reproduces the view.</summary>
    [SupplyParameterFromQuery(Name = ReportingDate.QueryName)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected override async Task OnParametersSetAsync() =>
        _model = await Builder.BuildAsync(new PageFilters(ReportingDate.Parse(AsOf), Area, Team));
}

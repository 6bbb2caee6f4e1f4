using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Children;

public partial class Children
{
    private TrendPageViewModel? _model;

    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(TrendCharts.Children, Area, Team, caseType: CaseType);
}

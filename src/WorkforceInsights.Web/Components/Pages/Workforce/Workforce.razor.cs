using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Workforce;

public partial class Workforce
{
    private TrendPageViewModel? _model;

    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(TrendCharts.Workforce, Area, Team);
}

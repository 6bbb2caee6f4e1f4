using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Referrals;

public partial class Referrals
{
    private TrendPageViewModel? _model;

    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(TrendCharts.ReferralsAndDemand, Area, Team);
}

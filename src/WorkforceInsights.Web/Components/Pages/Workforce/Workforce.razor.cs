using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Workforce;

public partial class Workforce
{
    private WorkforceViewModel? _model;

    [Inject]
    public required WorkforceViewModelBuilder Builder { get; init; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(Area, Team);
}

using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Workforce;

public partial class Workforce
{
    private TrendPageViewModel? _model;
    private IReadOnlyList<LeaversByReason> _reasons = [];

    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    [Inject]
    public required LeaversByReasonBuilder Reasons { get; init; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(TrendCharts.Workforce, Area, Team);
        _reasons = _model.AsOf is { } asOf ? await Reasons.BuildAsync(asOf, _model.Scope) : [];
    }
}

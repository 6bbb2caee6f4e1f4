using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Overview;

public partial class Overview
{
    private OverviewViewModel? _model;

    [Inject]
    public required OverviewViewModelBuilder Builder { get; init; }

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(Filters, await AccessAsync());
}

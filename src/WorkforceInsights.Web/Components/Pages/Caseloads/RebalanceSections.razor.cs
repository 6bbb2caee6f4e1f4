using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Caseloads;

public partial class RebalanceSections
{
    private BalancingView? _view;

    [Inject]
    public required BalancingViewBuilder Builder { get; init; }

    [Inject]
    public required IOptions<DashboardOptions> Dashboard { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _view = await Builder.BuildAsync(Filters, await AccessAsync());
        if (_view.Plan is { } plan && _view.Handovers is { } handovers)
        {
            await LogViewAsync("/caseloads (rebalance, children about to lose their worker)", plan.Protected.Sum(p => p.ChildIds.Count) + plan.ChildrenMoved + handovers.Children.Count);
        }
    }

    private static string Why(ProtectionReason reason) => reason switch
    {
        ProtectionReason.Settling => "settling in with this worker",
        ProtectionReason.ThirdWorker => "a move would give them a third worker this year",
        _ => "shared with another worker",
    };
}

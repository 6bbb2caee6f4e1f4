using WorkforceInsights.Core.Metrics;
using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Workforce;

public partial class Workforce
{
    private BreakdownView? _reasons;
    private bool _permitted = true;
    private bool _shortHistory;

    [Inject]
    public required LeaversByReasonBuilder Reasons { get; init; }

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => PageCharts.For(DashboardPage.Workforce);

    /// <summary>A team's or area's leavers by reason is person-level (access.md): within scope only, and logged.</summary>
    protected override async Task OnModelBuiltAsync(TrendPageViewModel model)
    {
        var access = await AccessAsync();
        _permitted = access.MaySeeLeaversByReason(Area, Team, model.Teams);
        _reasons = null;
        _shortHistory = model.AsOf is { } date && model.IsShortHistory(Core.Metrics.MetricIds.LeaversFte, date);
        if (model.AsOf is not { } asOf || !_permitted || _shortHistory)
        {
            return;
        }

        var rows = await Reasons.BuildAsync(asOf, model.Scope);
        // The reasons are parts even of the council's leavers: withheld from anyone without worker-level rights here.
        var suppress = Core.Disclosure.SmallNumbers.Applies(leavesCouncil: false, access.MaySeeWorkers(Area, Team, model.Teams));
        _reasons = LeaversByReasonBuilder.View(asOf, Filters, rows, suppress);
        if (model.Scope.Dimension != Core.Metrics.Dimension.Council)
        {
            await LogViewAsync("/workforce (leavers by reason)", rows.Sum(r => r.Leavings));
        }
    }
}

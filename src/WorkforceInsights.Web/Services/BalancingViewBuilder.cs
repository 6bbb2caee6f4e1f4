using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Balancing;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.State;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Builds caseload balancing for the Caseloads page and its downloads (balancing.md): for a team or a service area,
/// on the URL's date (the extract date when none is given or it is later), only for a Leader or an operations manager
/// within scope (child-level data, decided here on the server).
/// </summary>
public sealed class BalancingViewBuilder(TeamsQuery teamsQuery, BalancingInputsQuery inputs, DataStateStore state, IOptions<BalancingOptions> options, IOptions<MetricTargets> targets)
{
    public async Task<BalancingView> BuildAsync(PageFilters filters, UserAccess access, CancellationToken cancellationToken = default)
    {
        var rebalanceUrl = PageLinks.To(BalancingDownload.RebalancePath, filters.AsOf, filters.ServiceArea, filters.Team);
        var handoversUrl = PageLinks.To(BalancingDownload.HandoversPath, filters.AsOf, filters.ServiceArea, filters.Team);
        var loadsUrl = PageLinks.To(BalancingDownload.LoadsPath, filters.AsOf, filters.ServiceArea, filters.Team);
        var teams = await teamsQuery.RunAsync(cancellationToken);
        var permitted = access.MaySeeWorkers(filters.ServiceArea, filters.Team, teams);
        var extractDate = (await state.ReadAsync(cancellationToken)).ExtractDate;
        var codes = !string.IsNullOrEmpty(filters.Team) ? teams.Where(t => t.TeamCode == filters.Team).Select(t => t.TeamCode).ToList()
            : !string.IsNullOrEmpty(filters.ServiceArea) ? teams.Where(t => t.ServiceArea == filters.ServiceArea).Select(t => t.TeamCode).ToList()
            : [];
        if (!permitted || extractDate is not { } e || codes.Count == 0)
        {
            return new BalancingView(permitted, null, null, rebalanceUrl, handoversUrl, loadsUrl);
        }

        var date = filters.AsOf is { } asOf && asOf < e ? asOf : e;
        var read = await inputs.RunAsync(date, codes, areaScope: string.IsNullOrEmpty(filters.Team), cancellationToken);
        var facts = BalancingFactsBuilder.Build(read, options.Value, targets.Value);
        return new BalancingView(true, BalancePlanner.Plan(facts), HandoverReport.From(facts, options.Value.LeavingWithinDays), rebalanceUrl, handoversUrl, loadsUrl);
    }
}

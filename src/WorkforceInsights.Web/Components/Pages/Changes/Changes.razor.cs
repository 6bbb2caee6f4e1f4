using WorkforceInsights.Core.Metrics;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Changes;

/// <summary>
/// Changes of social worker by reason (recorded and inferred), their trends, and, for users allowed child-level data
/// (a Leader, or an operations manager within scope), the list of changes behind the figures, logged.
/// </summary>
public partial class Changes
{
    private ChangesInScope? _changes;
    private ChangesSummary? _summary;
    private BreakdownView? _byReason;
    private bool _listPermitted;
    private IReadOnlyList<TeamChanges> _byTeam = [];
    private bool _shortHistory;

    [Inject]
    public required ChangesBuilder ChangeFacts { get; init; }

    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override string? CaseTypeFilter => CaseType;

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => PageCharts.For(DashboardPage.Changes);

    /// <summary>A team's row: its changes and recorded ones (small numbers withheld where the user has no worker-level rights there).</summary>
    private sealed record TeamChanges(string Code, string Name, string Area, int Count, string Changes, string Recorded, string TopReason)
    {
        public static TeamChanges Of(Core.Teams.Team team, IReadOnlyList<ChangeCount> counts, bool suppress)
        {
            var total = counts.Sum(c => c.Changes);
            var shown = ChangesSummary.Of(Core.Metrics.Dimension.Team, total, counts.Where(c => c.Recorded).Sum(c => c.Changes), suppress);
            var top = counts.GroupBy(c => c.Reason).Select(g => (Reason: g.Key, Changes: g.Sum(c => c.Changes)))
                .OrderByDescending(r => r.Changes).ThenBy(r => r.Reason).First().Reason;
            return new(team.TeamCode, team.TeamName, team.ServiceArea, total, shown.Total, shown.Recorded,
                $"{Core.Codes.ChangeReasons.Words(top)} ({top})");
        }
    }

    protected override async Task OnModelBuiltAsync(TrendPageViewModel model)
    {
        _changes = null;
        // The year's changes of a history shorter than a year would be a part-year count: the page says so instead.
        _shortHistory = model.AsOf is { } date && model.IsShortHistory(Core.Metrics.MetricIds.Changes, date);
        if (model.AsOf is not { } asOf || _shortHistory)
        {
            return;
        }

        var access = await AccessAsync();
        var maySeeWorkers = access.MaySeeWorkers(Area, Team, model.Teams);
        _changes = await ChangeFacts.InScopeAsync(asOf, model.Scope);
        var applies = Core.Disclosure.SmallNumbers.Applies(leavesCouncil: false, maySeeWorkers);
        _summary = ChangesSummary.Of(model.Scope.Dimension, _changes.Total, _changes.Recorded, applies);
        _byReason = ChangesBuilder.ByReason(asOf, Filters, _changes, applies);
        _listPermitted = maySeeWorkers;
        _byTeam = Team is not null ? [] : [.. _changes.Counts.Where(c => c.PreviousTeam is not null).GroupBy(c => c.PreviousTeam!.TeamCode, StringComparer.Ordinal)
            .Select(g => TeamChanges.Of(g.First().PreviousTeam!, [.. g], Core.Disclosure.SmallNumbers.Applies(leavesCouncil: false, access.MaySeeWorkers(g.First().PreviousTeam!.ServiceArea, g.Key, model.Teams))))
            // A team whose changes are withheld sorts as none, so its place in the list says nothing of how many.
            .OrderByDescending(t => t.Changes == Core.Disclosure.SmallNumbers.SmallCountText ? 0 : t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)];
        if (_listPermitted)
        {
            await LogViewAsync("/changes (list of changes)", _changes.Total);
        }
    }

    /// <summary>The list's page, read from the database in the order chosen (the newest changes first by default).</summary>
    private async Task<TableData<ChangeOfWorker>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        if (_changes is not { } changes || !_listPermitted)
        {
            return new TableData<ChangeOfWorker> { Items = [], TotalItems = 0 };
        }

        var sort = state.SortLabel switch { "child" => ChangeListSort.Child, "reason" => ChangeListSort.Reason, _ => ChangeListSort.Date };
        var descending = state.SortDirection == SortDirection.Descending || (state.SortDirection == SortDirection.None && sort == ChangeListSort.Date);
        var rows = await ChangeFacts.PageAsync(changes, sort, descending, state.Page * state.PageSize, state.PageSize, cancellationToken);
        return new TableData<ChangeOfWorker> { Items = rows, TotalItems = changes.Total };
    }
}

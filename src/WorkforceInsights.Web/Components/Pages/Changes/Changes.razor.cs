using Microsoft.AspNetCore.Components;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Changes;

/// <summary>
/// Changes of social worker by reason (recorded and inferred), their trends, and, for users allowed child-level data
/// (a Leader, or an operations manager within scope), the list of changes behind the figures, logged.
/// </summary>
public partial class Changes
{
    private IReadOnlyList<ChangeOfWorker>? _changes;
    private BreakdownView? _byReason;
    private bool _listPermitted;
    private IReadOnlyList<TeamChanges> _byTeam = [];

    [Inject]
    public required ChangesBuilder ChangeFacts { get; init; }

    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override string? CaseTypeFilter => CaseType;

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => TrendCharts.Changes;

    private string Share => _changes!.Count == 0 ? "no data" : Figures.Format(100.0 * _changes.Count(c => c.Recorded) / _changes.Count, "%");

    /// <summary>A team's row: its changes and recorded ones (small numbers withheld where the user has no worker-level rights there).</summary>
    private sealed record TeamChanges(string Code, string Name, string Area, int Count, string Changes, string Recorded, string TopReason)
    {
        public static TeamChanges Of(Core.Teams.Team team, List<ChangeOfWorker> changes, bool suppress)
        {
            string Shown(int n) => suppress && SmallNumbers.IsSmall(n) ? SmallNumbers.Count : n.ToString("N0", Figures.Culture);
            var top = changes.GroupBy(c => c.Reason).OrderByDescending(g => g.Count()).First().Key;
            return new(team.TeamCode, team.TeamName, team.ServiceArea, changes.Count, Shown(changes.Count), Shown(changes.Count(c => c.Recorded)),
                $"{Core.Codes.ChangeReasons.Words(top)} ({top})");
        }
    }

    protected override async Task OnModelBuiltAsync(TrendPageViewModel model)
    {
        _changes = null;
        if (model.AsOf is not { } asOf)
        {
            return;
        }

        var access = await AccessAsync();
        var maySeeWorkers = access.MaySeeWorkers(Area, Team, model.Teams);
        _changes = await ChangeFacts.ChangesAsync(asOf, model.Scope);
        _byReason = ChangesBuilder.ByReason(asOf, Filters, _changes, SmallNumbers.Applies(model.Scope, download: false, maySeeWorkers));
        _listPermitted = maySeeWorkers;
        _byTeam = Team is not null ? [] : [.. _changes.Where(c => c.PreviousTeam is not null).GroupBy(c => c.PreviousTeam!.TeamCode, StringComparer.Ordinal)
            .Select(g => TeamChanges.Of(g.First().PreviousTeam!, g.ToList(), SmallNumbers.Applies(model.Scope with { Dimension = Core.Metrics.Dimension.Team }, download: false, access.MaySeeWorkers(g.First().PreviousTeam!.ServiceArea, g.Key, model.Teams))))
            .OrderByDescending(t => t.Count)];
        if (_listPermitted)
        {
            await LogViewAsync("/changes (list of changes)", _changes.Count);
        }
    }
}

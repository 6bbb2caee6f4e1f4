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

    [Inject]
    public required ChangesBuilder ChangeFacts { get; init; }

    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override string? CaseTypeFilter => CaseType;

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => TrendCharts.Changes;

    private string Share => _changes!.Count == 0 ? "no data" : Figures.Format(100.0 * _changes.Count(c => c.Recorded) / _changes.Count, "%");

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
        if (_listPermitted)
        {
            await LogViewAsync("/changes (list of changes)", _changes.Count);
        }
    }
}

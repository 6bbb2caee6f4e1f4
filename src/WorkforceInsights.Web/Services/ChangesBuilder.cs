using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Changes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Why children's social workers changed (metrics.md, "Changes of social worker"): the year's changes of a scope
/// with their reasons, recorded or inferred, as the series refresh stored them. The figures come from counts made in
/// the database and split by the series' own rule; the list behind them is read a page at a time.
/// </summary>
public sealed class ChangesBuilder(StoredChangesQuery stored, TeamsQuery teams)
{
    /// <summary>The year's changes in the scope (the previous worker's team or area, or the case type), counted.</summary>
    public async Task<ChangesInScope> InScopeAsync(DateOnly asOf, SeriesScope scope, CancellationToken cancellationToken = default)
    {
        var byCode = (await teams.RunAsync(cancellationToken)).ToDictionary(t => t.TeamCode, StringComparer.Ordinal);
        var counts = await stored.CountsInYearToAsync(asOf, byCode, cancellationToken);
        return new ChangesInScope(asOf, scope.Dimension, byCode, [.. counts.Where(c => c.KeyIn(scope.Dimension) == scope.GroupKey)]);
    }

    /// <summary>One page of the list of changes behind the figures.</summary>
    public Task<IReadOnlyList<ChangeOfWorker>> PageAsync(ChangesInScope changes, ChangeListSort sort, bool descending, int skip, int take, CancellationToken cancellationToken = default) =>
        stored.PageInYearToAsync(changes.AsOf, changes.Teams, new ChangeListRequest(ChangeListScope.Of(changes.Dimension, changes.Counts), sort, descending, skip, take), cancellationToken);

    /// <summary>The reasons in words with their code, each split into recorded and inferred: the page's chart, table and CSV.</summary>
    /// <param name="suppress">Apply the small-numbers rule (access.md): the twenty cells (each reason, recorded and inferred) are parts of the total.</param>
    public static BreakdownView ByReason(DateOnly asOf, PageFilters filters, ChangesInScope changes, bool suppress)
    {
        var cells = ChangeReasons.All.SelectMany(reason => new double?[] { changes.Of(reason, recorded: true), changes.Of(reason, recorded: false) }).ToList();
        var withheld = suppress ? SmallNumbers.Breakdown(cells) : [.. cells.Select(_ => Withheld.None)];
        return new(
            $"Changes of social worker in the year to {Figures.Date(asOf)} by reason", "changes-by-reason", "Reason",
            [new("recorded", "Recorded", MetricUnit.Changes), new("inferred", "Inferred from HR data", MetricUnit.Changes)],
            [.. ChangeReasons.All.Select((reason, i) => new BreakdownView.Row(reason.ToString(), $"{ChangeReasons.Words(reason)} ({reason})", [cells[2 * i], cells[(2 * i) + 1]],
                suppress ? [SmallNumbers.Text(withheld[2 * i]), SmallNumbers.Text(withheld[(2 * i) + 1])] : null))],
            PageLinks.To(ChangesDownload.Path, asOf, filters.ServiceArea, filters.Team) + (filters.CaseType is { } type ? $"&caseType={type}" : string.Empty));
    }
}

/// <summary>The year's changes of social worker in one scope, counted by previous team, case type, reason and recorded.</summary>
public sealed record ChangesInScope(DateOnly AsOf, Dimension Dimension, IReadOnlyDictionary<string, Team> Teams, IReadOnlyList<ChangeCount> Counts)
{
    public int Total => Counts.Sum(c => c.Changes);

    public int Recorded => Counts.Where(c => c.Recorded).Sum(c => c.Changes);

    public int Of(ChangeReason reason, bool recorded) => Counts.Where(c => c.Reason == reason && c.Recorded == recorded).Sum(c => c.Changes);
}

using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Changes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Why children's social workers changed (metrics.md, "Changes of social worker"): the year's changes of a scope
/// with their reasons, recorded or inferred, as the series refresh stored them.
/// </summary>
public sealed class ChangesBuilder(StoredResultsQuery stored, TeamsQuery teams)
{
    /// <summary>The changes in the year to the date, within the scope (the previous worker's team or area, or the case type), split as the series splits them.</summary>
    public async Task<IReadOnlyList<ChangeOfWorker>> ChangesAsync(DateOnly asOf, SeriesScope scope, CancellationToken cancellationToken = default)
    {
        var byCode = (await teams.RunAsync(cancellationToken)).ToDictionary(t => t.TeamCode, StringComparer.Ordinal);
        var day = new MetricDay(new(asOf), [], [], [], [], [], [], [], CouncilCounts.None) { Changes = await stored.ChangesInYearToAsync(asOf, byCode, cancellationToken) };
        return MetricDaySplitter.Split(day, scope.Dimension).GetValueOrDefault(scope.GroupKey)?.Changes ?? [];
    }

    /// <summary>The reasons in words with their code, each split into recorded and inferred: the page's chart, table and CSV.</summary>
    /// <param name="suppress">Withhold counts of 1 to 4 (access.md).</param>
    public static BreakdownView ByReason(DateOnly asOf, PageFilters filters, IReadOnlyList<ChangeOfWorker> changes, bool suppress) => new(
        $"Changes of social worker in the year to {Figures.Date(asOf)} by reason", "changes-by-reason", "Reason",
        [new("recorded", "Recorded", "changes"), new("inferred", "Inferred from HR data", "changes")],
        [.. ChangeReasons.All.Select(reason =>
        {
            double recorded = changes.Count(c => c.Reason == reason && c.Recorded);
            double inferred = changes.Count(c => c.Reason == reason && !c.Recorded);
            return new BreakdownView.Row(reason.ToString(), $"{ChangeReasons.Words(reason)} ({reason})", [recorded, inferred],
                suppress ? [SmallNumbers.IsSmall(recorded) ? SmallNumbers.Count : null, SmallNumbers.IsSmall(inferred) ? SmallNumbers.Count : null] : null);
        })],
        PageLinks.To(ChangesDownload.Path, asOf, filters.ServiceArea, filters.Team) + (filters.CaseType is { } type ? $"&caseType={type}" : string.Empty));

    /// <summary>The stored series of each reason, and of all changes and the recorded ones (the trend charts).</summary>
    public static IReadOnlyList<string> ReasonIds { get; } = [.. ChangeReasons.All.Select(ChangesForReason.IdOf)];
}

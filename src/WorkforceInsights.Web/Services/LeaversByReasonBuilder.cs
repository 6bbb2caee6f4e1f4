using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The year's employed leavings (the WF-LVR-* definition) of a scope, grouped by leaving reason, as the series refresh
/// stored them; shown on the Workforce page and downloadable as CSV (<see cref="LeaversByReasonDownload"/>).
/// </summary>
public sealed class LeaversByReasonBuilder(StoredResultsQuery stored)
{
    public Task<IReadOnlyList<LeaversByReason>> BuildAsync(DateOnly asOf, SeriesScope scope, CancellationToken cancellationToken = default) =>
        stored.LeaversByReasonAsync(asOf, scope.Dimension, scope.GroupKey, cancellationToken);

    /// <summary>The rows as the Workforce page's chart, table and CSV link.</summary>
    /// <param name="suppress">Withhold a reason's 1 to 4 leavings (as "&lt;5") and their FTE (access.md).</param>
    public static BreakdownView View(DateOnly asOf, PageFilters filters, IReadOnlyList<LeaversByReason> rows, bool suppress) => new(
        $"Leavers in the year to {Figures.Date(asOf)} by reason", "leavers-by-reason", "Reason",
        [new("leavings", "Leavings", MetricUnit.Leavings), new("fte", "FTE", MetricUnit.Fte)],
        [.. rows.Select(r => new BreakdownView.Row(r.Reason, r.Reason.Replace('_', ' '), [r.Leavings, (double)r.Fte],
            suppress && SmallNumbers.IsSmall(r.Leavings) ? [SmallNumbers.Count, SmallNumbers.Rate] : null))],
        PageLinks.To(LeaversByReasonDownload.Path, asOf, filters.ServiceArea, filters.Team));
}

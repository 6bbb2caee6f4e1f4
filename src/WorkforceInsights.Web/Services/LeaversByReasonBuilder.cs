using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Disclosure;
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
    /// <param name="suppress">Apply the small-numbers rule (access.md): a reason's leavings are parts of the year's leavers.</param>
    public static BreakdownView View(DateOnly asOf, PageFilters filters, IReadOnlyList<LeaversByReason> rows, bool suppress)
    {
        var withheld = Withheld(rows, suppress);
        return new(
            $"Leavers in the year to {Figures.Date(asOf)} by reason", "leavers-by-reason", "Reason",
            [new("leavings", "Leavings", MetricUnit.Leavings), new("fte", "FTE", MetricUnit.Fte)],
            [.. rows.Select((r, i) => new BreakdownView.Row(r.Reason, r.Reason.Replace('_', ' '), [r.Leavings, (double)r.Fte],
                withheld[i] == Core.Disclosure.Withheld.None ? null : [SmallNumbers.Text(withheld[i]), SmallNumbers.Text(SmallNumbers.ShareOf(withheld[i]))]))],
            PageLinks.To(LeaversByReasonDownload.Path, asOf, filters.ServiceArea, filters.Team));
    }

    /// <summary>Each reason's leavings, as parts of the year's leavers (a reason withheld takes its FTE with it).</summary>
    public static IReadOnlyList<Withheld> Withheld(IReadOnlyList<LeaversByReason> rows, bool suppress) =>
        suppress ? SmallNumbers.Breakdown([.. rows.Select(r => (double?)r.Leavings)]) : [.. rows.Select(_ => Core.Disclosure.Withheld.None)];
}

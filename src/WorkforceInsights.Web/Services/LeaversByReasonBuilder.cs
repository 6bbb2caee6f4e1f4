using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The year's employed leavings (the WF-LVR-* definition) of a scope, grouped by leaving reason; shown on the
/// Workforce page and downloadable as CSV (<see cref="LeaversByReasonDownload"/>).
/// </summary>
public sealed class LeaversByReasonBuilder(MetricInputsCache cache)
{
    public async Task<IReadOnlyList<LeaversByReason>> BuildAsync(DateOnly asOf, SeriesScope scope, CancellationToken cancellationToken = default)
    {
        var day = MetricDayBuilder.Build(await cache.GetAsync(cancellationToken), asOf);
        var group = MetricDaySplitter.Split(day, scope.Dimension).GetValueOrDefault(scope.GroupKey);
        return group is null ? [] : [.. group.Leavings
            .GroupBy(l => l.Spell.LeavingReason is { } r ? Codes.LeavingReasons.Word(r) : "(not given)")
            .Select(g => new LeaversByReason(g.Key, g.Count(), g.Sum(l => l.Spell.Fte)))
            .OrderByDescending(r => r.Fte).ThenBy(r => r.Reason, StringComparer.Ordinal)];
    }

    /// <summary>The rows as the Workforce page's chart, table and CSV link.</summary>
    /// <param name="suppress">Withhold a reason's 1 to 4 leavings (as "&lt;5") and their FTE (access.md).</param>
    public static BreakdownView View(DateOnly asOf, PageFilters filters, IReadOnlyList<LeaversByReason> rows, bool suppress) => new(
        $"Leavers in the year to {Figures.Date(asOf)} by reason", "leavers-by-reason", "Reason",
        [new("leavings", "Leavings", "leavings"), new("fte", "FTE", "FTE")],
        [.. rows.Select(r => new BreakdownView.Row(r.Reason, r.Reason.Replace('_', ' '), [r.Leavings, (double)r.Fte],
            suppress && SmallNumbers.IsSmall(r.Leavings) ? [SmallNumbers.Count, SmallNumbers.Rate] : null))],
        PageLinks.To(LeaversByReasonDownload.Path, asOf, filters.ServiceArea, filters.Team));
}

/// <summary>Leavings in the year to D with one reason: how many, and their FTE.</summary>
public sealed record LeaversByReason(string Reason, int Leavings, decimal Fte);

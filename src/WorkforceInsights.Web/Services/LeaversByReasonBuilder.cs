using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Web.Services;

/// <summary>The year's employed leavings (the WF-LVR-* definition) of a scope, grouped by leaving reason.</summary>
public sealed class LeaversByReasonBuilder(MetricInputsCache cache)
{
    public async Task<IReadOnlyList<LeaversByReason>> BuildAsync(DateOnly asOf, SeriesScope scope, CancellationToken cancellationToken = default)
    {
        var day = MetricDayBuilder.Build(await cache.GetAsync(cancellationToken), asOf);
        var group = MetricDaySplitter.Split(day, scope.Dimension).GetValueOrDefault(scope.GroupKey);
        return group is null ? [] : [.. group.Leavings
            .GroupBy(l => l.Spell.LeavingReason is { } r ? Codes.LeavingReasons.Word(r) : "(not given)")
            .Select(g => new LeaversByReason(g.Key, g.Count(), g.Sum(l => l.Spell.Fte)))
            .OrderByDescending(r => r.Fte)];
    }
}

/// <summary>Leavings in the year to D with one reason: how many, and their FTE.</summary>
public sealed record LeaversByReason(string Reason, int Leavings, decimal Fte);

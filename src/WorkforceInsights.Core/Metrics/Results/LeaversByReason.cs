using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Results;

/// <summary>The year's employed leavings (the WF-LVR-* definition) of one group with one leaving reason: how many, and their FTE.</summary>
public sealed record LeaversByReason(string Reason, int Leavings, decimal Fte)
{
    public const string NotGiven = "(not given)";

    /// <summary>The leavings of a day's group by reason, largest FTE first.</summary>
    public static IReadOnlyList<LeaversByReason> Of(MetricDay group) =>
        [.. group.Leavings
            .GroupBy(l => l.Spell.LeavingReason is { } r ? Codes.Codes.LeavingReasons.Word(r) : NotGiven)
            .Select(g => new LeaversByReason(g.Key, g.Count(), g.Sum(l => l.Spell.Fte)))
            .OrderByDescending(r => r.Fte).ThenBy(r => r.Reason, StringComparer.Ordinal)];
}

/// <summary>Leavers by reason of one group of one breakdown on a series date, as stored.</summary>
public sealed record StoredLeaversByReason(DateOnly AsOf, Dimension Dimension, string GroupKey, LeaversByReason Row);

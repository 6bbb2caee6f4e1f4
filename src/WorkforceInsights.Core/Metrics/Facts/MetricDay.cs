using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// The facts of one reporting date, for the whole council or one group of a breakdown. Every
/// metric is a pure calculation over these lists; <see cref="MetricDayBuilder"/> makes them and
/// <see cref="MetricDaySplitter"/> splits them by dimension.
/// </summary>
public sealed record MetricDay(
    ReportingPeriod Period,
    IReadOnlyList<SpellOnDay> Spells,
    IReadOnlyList<SpellInYear> Leavings,
    IReadOnlyList<SpellInYear> Starters,
    IReadOnlyList<VacancyOnDay> Vacancies,
    IReadOnlyList<ChildOnDay> Children,
    IReadOnlyList<ReferralInYear> Referrals,
    IReadOnlyList<Allocation> AllocationsToWorkersNotInPost,
    CouncilCounts CouncilOnly)
{
    /// <summary>Changes of social worker dated in the year to D (metrics.md).</summary>
    public IReadOnlyList<ChangeOfWorker> Changes { get; init; } = [];

    /// <summary>The changes in the year for one reason (counted with <see cref="RecordedChanges"/> in one pass over <see cref="Changes"/>).</summary>
    public int ChangesFor(ChangeReason reason) => ChangeCounts.ByReason[(int)reason];

    /// <summary>The changes in the year whose reason the case management system recorded.</summary>
    public int RecordedChanges => ChangeCounts.Recorded;

    /// <summary>Social-worker spells in post on D (adult practitioners excluded).</summary>
    /// <remarks>
    /// This and <see cref="ChildrenWithSocialWorker"/> are filtered once per day and group, not once per metric: a
    /// dozen metrics count over each, and counting over an array is several times faster than over a filter.
    /// </remarks>
    public IReadOnlyList<SpellOnDay> SocialWorkerSpells => _socialWorkerSpells ??= Spells.Where(s => s.Spell.IsSocialWorker).ToArray();

    /// <summary>Each employed social worker in post on D once (their first spell here): headcounts count workers, not spells.</summary>
    public IReadOnlyList<SpellOnDay> EmployedSocialWorkers => _employedSocialWorkers ??= EachWorkerOnce(SocialWorkerSpells, s => s.IsEmployedSocialWorker);

    /// <summary>Each agency social worker in post on D once (their first spell here).</summary>
    public IReadOnlyList<SpellOnDay> AgencySocialWorkers => _agencySocialWorkers ??= EachWorkerOnce(SocialWorkerSpells, s => s.IsAgencySocialWorker);

    /// <summary>Children with an allocation to a social worker open on D: those the children's measures count.</summary>
    public IReadOnlyList<ChildOnDay> ChildrenWithSocialWorker => _childrenWithSocialWorker ??= Children.Where(c => c.HasSocialWorkerAllocation).ToArray();

    /// <summary>A copy (<c>with</c>) derives its own counts: it must not keep the original's, made from other lists.</summary>
    private MetricDay(MetricDay original)
    {
        (Period, Spells, Leavings, Starters, Vacancies, Children, Referrals, AllocationsToWorkersNotInPost, CouncilOnly) =
            (original.Period, original.Spells, original.Leavings, original.Starters, original.Vacancies, original.Children,
             original.Referrals, original.AllocationsToWorkersNotInPost, original.CouncilOnly);
        Changes = original.Changes;
    }

    // Derived from the lists above, once, when first asked for; a day and its groups are each computed on one thread.
    private SpellOnDay[]? _socialWorkerSpells;
    private ChildOnDay[]? _childrenWithSocialWorker;
    private SpellOnDay[]? _employedSocialWorkers;
    private SpellOnDay[]? _agencySocialWorkers;

    private (int[] ByReason, int Recorded)? _changeCounts;

    private (int[] ByReason, int Recorded) ChangeCounts => _changeCounts ??= CountChanges(Changes);

    private static (int[] ByReason, int Recorded) CountChanges(IReadOnlyList<ChangeOfWorker> changes)
    {
        var byReason = new int[Enum.GetValues<ChangeReason>().Max(r => (int)r) + 1];
        var recorded = 0;
        foreach (var change in changes)
        {
            byReason[(int)change.Reason]++;
            recorded += change.Recorded ? 1 : 0;
        }

        return (byReason, recorded);
    }

    private static SpellOnDay[] EachWorkerOnce(IReadOnlyList<SpellOnDay> spells, Func<SpellOnDay, bool> include)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. spells.Where(s => include(s) && seen.Add(s.Spell.WorkerId))];
    }
}

/// <summary>Counts that do not split by breakdown (council level only).</summary>
/// <param name="OverlappingSpells">Pairs of spells of the same worker in the same team whose dates overlap.</param>
/// <param name="ReferralsWithNoAllocation">Referrals in the year to D for children with no allocation starting on or before D.</param>
public sealed record CouncilCounts(int OverlappingSpells, int ReferralsWithNoAllocation)
{
    public static CouncilCounts None { get; } = new(0, 0);
}

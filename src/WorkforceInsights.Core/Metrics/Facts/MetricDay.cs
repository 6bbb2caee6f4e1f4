using WorkforceInsights.Core.Children;
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

    /// <summary>Social-worker spells in post on D (adult practitioners excluded).</summary>
    /// <remarks>
    /// This and <see cref="ChildrenWithSocialWorker"/> are filtered once per day and group, not once per metric: a
    /// dozen metrics count over each, and counting over an array is several times faster than over a filter (#12).
    /// </remarks>
    public IReadOnlyList<SpellOnDay> SocialWorkerSpells => _socialWorkerSpells ??= [.. Spells.Where(s => s.Spell.IsSocialWorker)];

    /// <summary>Children with an allocation to a social worker open on D: those the children's measures count.</summary>
    public IReadOnlyList<ChildOnDay> ChildrenWithSocialWorker => _childrenWithSocialWorker ??= [.. Children.Where(c => c.HasSocialWorkerAllocation)];

    // Derived from the lists above (so equal days stay equal); a day and its groups are each computed on one thread.
    private SpellOnDay[]? _socialWorkerSpells;
    private ChildOnDay[]? _childrenWithSocialWorker;
}

/// <summary>Counts that do not split by breakdown (council level only).</summary>
/// <param name="OverlappingSpells">Pairs of spells of the same worker in the same team whose dates overlap.</param>
/// <param name="ReferralsWithNoAllocation">Referrals in the year to D for children with no allocation starting on or before D.</param>
public sealed record CouncilCounts(int OverlappingSpells, int ReferralsWithNoAllocation)
{
    public static CouncilCounts None { get; } = new(0, 0);
}

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Series;

/// <summary>
/// Which series dates an input can change, from the definitions in metrics.md: what lets a refresh keep the dates
/// before an import's earliest change (<see cref="SeriesBasis"/>). Each input gives terms (a hash and the first date
/// whose figures it can change); two inputs whose terms before a month are the same give the same figures on every
/// series date before that month. A rule here that is too late would keep stale figures, so the tests compare a
/// partial refresh with a full one after edits of every kind; a rule that is too early only recomputes more.
/// </summary>
internal static class InfluenceRules
{
    /// <summary>
    /// A spell as seen from dates before its end counts from the day before its start (in post, starting, the worker's
    /// team on D, in post a year before a later D; and a spell starting on S decides whether the worker's spell ending
    /// on S − 1 is a leaving). Its end and leaving reason count from its end day: a leaving on X is in the year to
    /// X, and the next day's spells decide whether another spell ending on X is a leaving. So closing an open spell
    /// changes only the dates from its end.
    /// </summary>
    public static IEnumerable<(DateOnly From, ulong Hash)> OfSpell(WorkerSpell s)
    {
        var open = new StableHash(1).Add(s.WorkerId).Add(s.DisplayName).Add(s.TeamCode).Add((long)s.Role).Add((long)s.EmploymentType)
            .Add(s.Fte).Add(s.StartDate).Add(s.QualifiedDate).Add(s.LineManagerId);
        yield return (DayBefore(s.StartDate), open.Value);
        if (s.EndDate is not null || s.LeavingReason is not null)
        {
            yield return (s.EndDate ?? DayBefore(s.StartDate), open.Add(s.EndDate).Add(s.LeavingReason is { } r ? (long)r : -1L).Value);
        }
    }

    /// <summary>
    /// An allocation as seen from dates before its end counts from its start (open on D, overlapping the year to D,
    /// open a year before a later D); its end counts from the day after it. Closing an open allocation changes only the
    /// dates after its end. How an allocation's end decides the changes of worker of its child (the previous allocation
    /// is the one that ends latest) is covered by the changes' own terms (<see cref="OfChange"/>).
    /// </summary>
    public static IEnumerable<(DateOnly From, ulong Hash)> OfAllocation(Allocation a)
    {
        var open = new StableHash(2).Add(a.ChildId).Add(a.WorkerId).Add(a.StartDate).Add((long)a.CaseType).Add(a.ChangeReason is { } r ? (long)r : -1L);
        yield return (a.StartDate, open.Value);
        if (a.EndDate is { } end)
        {
            yield return (DayAfter(end), open.Add(end).Value);
        }
    }

    /// <summary>
    /// A referral counts from its date (in the year to D; a re-referral of the child's later referrals). Whether it led to
    /// an allocation by D (REF-NO-ALLOC) depends only on allocations starting by D, which their own terms cover.
    /// </summary>
    public static (DateOnly From, ulong Hash) OfReferral(Referral r) =>
        (r.ReferralDate, new StableHash(3).Add(r.ChildId).Add(r.ReferralDate).Add(r.Source).Value);

    /// <summary>A change of social worker, as worked out from the whole history, counts from its date.</summary>
    public static (DateOnly From, ulong Hash) OfChange(ChangeOfWorker c) =>
        (c.Date, new StableHash(8).Add(c.ChildId).Add(c.Date).Add(c.PreviousWorkerId).Add(c.NewWorkerId).Add(c.PreviousTeam?.TeamCode)
            .Add(c.NewTeam?.TeamCode).Add((long)c.CaseType).Add((long)c.Reason).Add(c.Recorded ? 1 : 0).Value);

    /// <summary>A team's row changes every date (its area and locality group every figure of its workers and children).</summary>
    public static ulong OfTeam(Team t) => new StableHash(4).Add(t.TeamCode).Add(t.TeamName).Add(t.ServiceArea).Add(t.Locality).Value;

    /// <summary>An establishment row changes every date's vacancies.</summary>
    public static ulong OfEstablishmentPost(EstablishmentPost p) => new StableHash(5).Add(p.TeamCode).Add((long)p.Role).Add(p.EstablishmentFte).Value;

    /// <summary>An overlapping pair of spells is counted and listed on every date (DQ-OVERLAP), with these fields in its finding.</summary>
    public static ulong OfOverlap((WorkerSpell First, WorkerSpell Second) pair) =>
        new StableHash(11).Add(pair.First.WorkerId).Add(pair.First.TeamCode).Add(pair.First.StartDate).Add(pair.Second.StartDate).Value;

    /// <summary>
    /// Facts of a worker that all their rows decide, counted from the day before their first spell or allocation: their
    /// latest qualified date (their experience band on every date) and whether they are ever a social worker (whether
    /// their allocations count in the children's measures).
    /// </summary>
    public static IEnumerable<(DateOnly From, ulong Hash)> WorkerFacts(MetricInputs inputs)
    {
        var workers = inputs.Workers;
        var first = Enumerable.Repeat(DateOnly.MaxValue, workers.Count).ToArray();
        var ids = new string[workers.Count];
        for (var i = 0; i < inputs.History.Spells.Count; i++)
        {
            var spell = inputs.History.Spells[i];
            var worker = workers.SpellWorker[i];
            ids[worker] = spell.WorkerId;
            first[worker] = Earlier(first[worker], spell.StartDate);
        }

        foreach (var child in inputs.Children)
        {
            foreach (var slot in child.All)
            {
                ids[slot.Worker] = slot.Allocation.WorkerId;
                first[slot.Worker] = Earlier(first[slot.Worker], slot.Allocation.StartDate);
            }
        }

        for (var worker = 0; worker < workers.Count; worker++)
        {
            yield return (DayBefore(first[worker]), new StableHash(6).Add(ids[worker]).Add(workers.LatestQualifiedDate[worker]).Add(workers.IsSocialWorker[worker] ? 1 : 0).Value);
        }
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a <= b ? a : b;

    private static DateOnly DayBefore(DateOnly date) => date == DateOnly.MinValue ? date : date.AddDays(-1);

    private static DateOnly DayAfter(DateOnly date) => date == DateOnly.MaxValue ? date : date.AddDays(1);
}

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// All imported data, indexed once for the metrics: spells with their history rules, allocations
/// by child, referrals in date order with each one's re-referral flag.
/// </summary>
public sealed class MetricInputs
{
    public MetricInputs(
        IEnumerable<Team> teams,
        IEnumerable<WorkerSpell> spells,
        IEnumerable<Allocation> allocations,
        IEnumerable<Referral> referrals,
        IEnumerable<EstablishmentPost> establishment,
        DateOnly? extractDate = null,
        HistoryStarts? declaredHistoryStarts = null)
    {
        // extracts.md: facts dated after E are not yet facts. A future starter or planned allocation counts in no
        // figure (so it cannot change a leaving, a qualification or a change of worker on or before E); a planned
        // end after E leaves the spell open on every date up to E, which is all the series computes.
        ExtractDate = extractDate;
        Teams = teams.ToDictionary(t => t.TeamCode, StringComparer.Ordinal);
        History = new EmploymentHistory(extractDate is { } e ? spells.Where(s => s.StartDate <= e) : spells);
        _allocations = [.. extractDate is { } end ? allocations.Where(a => a.StartDate <= end) : allocations];
        Workers = new WorkerIndex(History.Spells, _allocations);
        var childNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        Children = ChildAllocations.Group(_allocations, Workers, childNumbers);
        Referrals = [.. referrals.Where(r => extractDate is not { } e || r.ReferralDate <= e).OrderBy(r => r.ReferralDate)];
        var reReferrals = ReReferralFlags.For(Referrals);
        ReferralsWithFlags = [.. Referrals.Select((r, i) => new ReferralInYear(r, reReferrals[i]))];
        Establishment = [.. establishment];
        ReferralsBeforeFirstAllocation = [.. Referrals
            .Select(r => new ReferralBeforeAllocation(r.ReferralDate, childNumbers.TryGetValue(r.ChildId, out var c) ? Children[c].First : DateOnly.MaxValue))
            .Where(r => r.FirstAllocation > r.ReferralDate)];
        OverlappingSpells = DataQualityRules.OverlappingSpells(History.Spells);
        _changes = new Lazy<ChangeOfWorker[]>(() => ChangeFacts.InDateOrder(this));
        _declaredHistoryStarts = declaredHistoryStarts;
    }

    private readonly HistoryStarts? _declaredHistoryStarts;

    /// <summary>
    /// Each extract's history start H (metrics.md, "Complete years only"): manifest.json's historyStart where given,
    /// else inferred from the rows.
    /// </summary>
    public HistoryStarts HistoryStarts => _historyStarts ??= InferredHistoryStarts().OverriddenBy(_declaredHistoryStarts);

    private HistoryStarts? _historyStarts;

    /// <summary>
    /// Workers: the earliest end date, as leavings are recorded from then (the staff in post when the system started
    /// carry older start dates); a planned end after E is no end yet, so a file with future rows infers the same start
    /// as the same file without them. With no spell ended, the earliest start. Allocations and referrals: the earliest
    /// start and referral date.
    /// </summary>
    private HistoryStarts InferredHistoryStarts()
    {
        var ends = History.Spells.Where(s => s.EndDate is { } end && (ExtractDate is not { } e || end <= e)).Select(s => s.EndDate!.Value);
        DateOnly? workers = ends.Any() ? ends.Min() : History.Spells.Count > 0 ? History.Spells.Min(s => s.StartDate) : null;
        DateOnly? allocations = _allocations.Length > 0 ? _allocations.Min(a => a.StartDate) : null;
        DateOnly? referrals = Referrals.Count > 0 ? Referrals[0].ReferralDate : null;
        return new HistoryStarts(workers, allocations, referrals);
    }

    private readonly Lazy<ChangeOfWorker[]> _changes;

    /// <summary>Every change of social worker in the whole history in date order, found once (a change does not depend on the reporting date).</summary>
    public IReadOnlyList<ChangeOfWorker> Changes => _readOnlyChanges ??= Array.AsReadOnly(_changes.Value);

    private IReadOnlyList<ChangeOfWorker>? _readOnlyChanges;

    /// <summary>The same changes as an array, whose runs are each date's year of changes.</summary>
    internal ChangeOfWorker[] ChangesInOrder => _changes.Value;

    public IReadOnlyDictionary<string, Team> Teams { get; }

    public EmploymentHistory History { get; }

    private readonly Allocation[] _allocations;

    public IReadOnlyList<Allocation> Allocations => _allocations;

    /// <summary>Every worker numbered, with their spells by number.</summary>
    internal WorkerIndex Workers { get; }

    /// <summary>Each child's allocations with their workers' numbers, in order of the child's first allocation.</summary>
    internal IReadOnlyList<ChildAllocations> Children { get; }

    /// <summary>Referrals in referral-date order.</summary>
    public IReadOnlyList<Referral> Referrals { get; }

    /// <summary>Each of <see cref="Referrals"/> with its re-referral flag, in date order: a date's are a run of it.</summary>
    internal ReferralInYear[] ReferralsWithFlags { get; }

    public IReadOnlyList<EstablishmentPost> Establishment { get; }

    /// <summary>Referrals (in date order) made before the child's first allocation started, or of children never allocated, for REF-NO-ALLOC.</summary>
    public IReadOnlyList<ReferralBeforeAllocation> ReferralsBeforeFirstAllocation { get; }

    /// <summary>Pairs of overlapping spells of one worker in one team (whole history).</summary>
    public IReadOnlyList<(WorkerSpell First, WorkerSpell Second)> OverlappingSpells { get; }

    public Team? TeamOf(string teamCode) => Teams.TryGetValue(teamCode, out var team) ? team : null;

    /// <summary>The extract date E the data describes (null for data loaded before it was recorded).</summary>
    public DateOnly? ExtractDate { get; }

    /// <summary>The last date the data describes: the extract date E; without one, the latest start, end or referral date.</summary>
    public DateOnly? LatestDate => _latestDate ??= ExtractDate ?? LatestDateInData();

    private DateOnly? _latestDate;

    /// <summary>The first date with children's data (allocations or referrals), else the first spell start.</summary>
    public DateOnly? EarliestDate => _earliestDate ??= EarliestDateInData();

    private DateOnly? _earliestDate;

    private DateOnly? LatestDateInData() => (
        History.Spells.Select(s => s.EndDate ?? s.StartDate)
            .Concat(History.Spells.Select(s => s.StartDate))
            .Concat(Allocations.Select(a => a.EndDate ?? a.StartDate))
            .Concat(Referrals.Select(r => r.ReferralDate))
            .DefaultIfEmpty()
            .Max() is var d && d != default ? d : (DateOnly?)null);

    private DateOnly? EarliestDateInData() =>
        Allocations.Select(a => a.StartDate).Concat(Referrals.Select(r => r.ReferralDate))
            .DefaultIfEmpty(History.Spells.Select(s => s.StartDate).DefaultIfEmpty().Min())
            .Min() is var d && d != default ? d : null;
}

/// <summary>A referral's date and the start of the child's first allocation (<see cref="DateOnly.MaxValue"/>: none).</summary>
public readonly record struct ReferralBeforeAllocation(DateOnly ReferralDate, DateOnly FirstAllocation);

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// Every worker id numbered once (0..Count-1), with what the series needs of each worker by number: the
/// per-date loops then index arrays instead of hashing id strings millions of times.
/// </summary>
internal sealed class WorkerIndex
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public WorkerIndex(IReadOnlyList<WorkerSpell> spells, IEnumerable<Allocation> allocations)
    {
        SpellWorker = new int[spells.Count];
        for (var i = 0; i < spells.Count; i++)
        {
            SpellWorker[i] = NumberOf(spells[i].WorkerId);
        }

        foreach (var allocation in allocations)
        {
            NumberOf(allocation.WorkerId);
        }

        var spellsByWorker = new List<WorkerSpell>[_numbers.Count];
        for (var i = 0; i < spells.Count; i++)
        {
            (spellsByWorker[SpellWorker[i]] ??= []).Add(spells[i]);
        }

        Spells = [.. spellsByWorker.Select(s => s?.ToArray() ?? [])];
        SocialWorkSpells = [.. Spells.Select(s => s.Where(x => x.IsSocialWorker).ToArray())];
        IsSocialWorker = [.. SocialWorkSpells.Select(s => s.Length > 0)];
        LatestQualifiedDate = [.. Spells.Select(s => s.Select(x => x.QualifiedDate).Max())];
    }

    public int Count => _numbers.Count;

    /// <summary>The worker number of each spell of the history, in the history's order.</summary>
    public int[] SpellWorker { get; }

    /// <summary>Each worker's spells (any role).</summary>
    public WorkerSpell[][] Spells { get; }

    /// <summary>Each worker's social-worker spells.</summary>
    public WorkerSpell[][] SocialWorkSpells { get; }

    /// <summary>The worker has a social-worker spell at some time (the children's measures count only their allocations).</summary>
    public bool[] IsSocialWorker { get; }

    /// <summary>The latest qualified date on any of the worker's spells: a qualification belongs to the person.</summary>
    public DateOnly?[] LatestQualifiedDate { get; }

    public int this[string workerId] => _numbers[workerId];

    private int NumberOf(string workerId)
    {
        if (!_numbers.TryGetValue(workerId, out var number))
        {
            _numbers[workerId] = number = _numbers.Count;
        }

        return number;
    }

    /// <summary>
    /// A worker's team on a day: their social-worker spell in post (several: the largest FTE, then the earliest start,
    /// then the smaller team code); none in post: their social-worker spell with the latest start on or before the day
    /// (ties: the greater team code); none: unknown. Plain loops: it runs for every change of worker.
    /// </summary>
    public string? SocialWorkTeamOn(int worker, DateOnly day)
    {
        WorkerSpell? inPost = null, latest = null;
        foreach (var spell in SocialWorkSpells[worker])
        {
            if (spell.IsInPostOn(day) && (inPost is null || IsMain(spell, inPost)))
            {
                inPost = spell;
            }

            if (spell.StartDate <= day && (latest is null || spell.StartDate > latest.StartDate
                || (spell.StartDate == latest.StartDate && string.CompareOrdinal(spell.TeamCode, latest.TeamCode) > 0)))
            {
                latest = spell;
            }
        }

        return (inPost ?? latest)?.TeamCode;
    }

    /// <summary>
    /// Of two spells in post, the one that carries the worker's cases: the largest FTE, then the earliest start, then the
    /// smaller team code; spells alike in all three (an overlap the data-quality page lists) by role, contract and the
    /// earlier qualified date, so the choice does not depend on the order of the extract's rows.
    /// </summary>
    public static bool IsMain(WorkerSpell candidate, WorkerSpell current) =>
        candidate.Fte != current.Fte ? candidate.Fte > current.Fte
        : candidate.StartDate != current.StartDate ? candidate.StartDate < current.StartDate
        : !string.Equals(candidate.TeamCode, current.TeamCode, StringComparison.Ordinal) ? string.CompareOrdinal(candidate.TeamCode, current.TeamCode) < 0
        : candidate.Role != current.Role ? candidate.Role < current.Role
        : candidate.EmploymentType != current.EmploymentType ? candidate.EmploymentType < current.EmploymentType
        : (candidate.QualifiedDate ?? DateOnly.MaxValue) < (current.QualifiedDate ?? DateOnly.MaxValue);
}

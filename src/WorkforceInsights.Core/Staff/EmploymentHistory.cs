namespace WorkforceInsights.Core.Staff;

/// <summary>
/// Every spell of every worker, with the rules of metrics.md that need a worker's whole history:
/// who is a social worker, which employed spells are leavings and which are starters.
/// </summary>
public sealed class EmploymentHistory
{
    private readonly Dictionary<string, WorkerSpell[]> _employedSocialWorkSpells;

    public EmploymentHistory(IEnumerable<WorkerSpell> spells)
    {
        Spells = [.. spells];
        SocialWorkerIds = Spells.Where(s => s.IsSocialWorker).Select(s => s.WorkerId).ToHashSet(StringComparer.Ordinal);
        _employedSocialWorkSpells = Spells.Where(s => s.IsSocialWorker && s.IsEmployed)
            .GroupBy(s => s.WorkerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Leavings = [.. _employedSocialWorkSpells.Values.SelectMany(s => s).Where(IsLeaving)];
        Starters = [.. _employedSocialWorkSpells.Values.SelectMany(s => s).Where(IsStarter)];
    }

    public IReadOnlyList<WorkerSpell> Spells { get; }

    /// <summary>Workers with at least one social-worker spell at any time (for the children's measures).</summary>
    public IReadOnlySet<string> SocialWorkerIds { get; }

    /// <summary>Employed social-worker spells that end employment (see <see cref="IsLeaving"/>).</summary>
    public IReadOnlyList<WorkerSpell> Leavings { get; }

    /// <summary>Employed social-worker spells that start employment (see <see cref="IsStarter"/>).</summary>
    public IReadOnlyList<WorkerSpell> Starters { get; }

    /// <summary>
    /// An employed social-worker spell ending on E is a leaving when the worker has no employed
    /// social-worker spell in post on E + 1 day: a team move, role change, permanent/fixed-term
    /// change or a concurrent spell that carries on is not a leaving; moving to agency work is.
    /// </summary>
    public bool IsLeaving(WorkerSpell spell) =>
        spell is { IsSocialWorker: true, IsEmployed: true, EndDate: { } end } && !IsEmployedSocialWorkerOn(spell.WorkerId, end.AddDays(1));

    /// <summary>Mirror rule: an employed social-worker spell starting on S with no employed social-worker spell in post on S − 1 day.</summary>
    public bool IsStarter(WorkerSpell spell) =>
        spell is { IsSocialWorker: true, IsEmployed: true } && !IsEmployedSocialWorkerOn(spell.WorkerId, spell.StartDate.AddDays(-1));

    public bool IsEmployedSocialWorkerOn(string workerId, DateOnly date) =>
        _employedSocialWorkSpells.TryGetValue(workerId, out var spells) && spells.Any(s => s.IsInPostOn(date));
}

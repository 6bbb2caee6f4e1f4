using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>A spell of the synthetic HR extract, mutable while the simulation runs.</summary>
internal sealed class SampleSpell(SampleWorker worker, SampleTeam team, Role role, EmploymentType type, decimal fte, DateOnly start, string? managerId)
{
    public SampleWorker Worker { get; } = worker;

    public SampleTeam Team { get; } = team;

    public Role Role { get; } = role;

    public EmploymentType Type { get; } = type;

    public decimal Fte { get; } = fte;

    public DateOnly Start { get; } = start;

    public string? ManagerId { get; } = managerId;

    public DateOnly? End { get; set; }

    public LeavingReason? Reason { get; set; }

    public bool HoldsCases => Team.HoldsCases && Role is Role.CaseHolder or Role.SeniorPractitioner;

    /// <summary>Cases open now, and the share of a full caseload this worker should carry.</summary>
    public int Load { get; set; }

    /// <summary>Children allocated to this spell now (in allocation order, for a repeatable simulation).</summary>
    public List<SampleChild> Children { get; } = [];

    public double Capacity(DateOnly day) =>
        (double)Fte * (Worker.QualifiedDate is { } q && q > day.AddMonths(-12) ? 0.7 : 1.0) * (Role == Role.SeniorPractitioner ? 0.85 : 1.0);
}

/// <summary>A person in the synthetic council (or agency), across all their spells.</summary>
internal sealed class SampleWorker(string id, string name, DateOnly? qualifiedDate)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public DateOnly? QualifiedDate { get; } = qualifiedDate;
}

/// <summary>An allocation of the synthetic caseload extract.</summary>
/// <param name="Reason">Why this worker took over from the previous one, where the case system recorded it.</param>
internal sealed record SampleAllocation(string ChildId, string WorkerId, DateOnly Start, DateOnly? End, CaseType CaseType, ChangeReason? Reason = null);

/// <summary>A referral of the synthetic referrals extract.</summary>
internal sealed record SampleReferral(string ReferralId, string ChildId, DateOnly Date, string Source);

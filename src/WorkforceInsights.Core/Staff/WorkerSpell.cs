using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Staff;

/// <summary>
/// One employment spell: a worker in one team, role and contract type from a start date to an
/// inclusive end date (null while in post). A team move or contract change starts a new spell.
/// </summary>
public sealed record WorkerSpell(
    string WorkerId,
    string? DisplayName,
    string TeamCode,
    Role Role,
    EmploymentType EmploymentType,
    decimal Fte,
    DateOnly StartDate,
    DateOnly? EndDate,
    LeavingReason? LeavingReason,
    DateOnly? QualifiedDate,
    string? LineManagerId)
{
    /// <summary>In post on D: started on or before D and not ended before D.</summary>
    public bool IsInPostOn(DateOnly date) => StartDate <= date && (EndDate is null || EndDate >= date);

    public bool IsSocialWorker => Role.IsSocialWorker();

    public bool IsEmployed => EmploymentType.IsEmployed();
}

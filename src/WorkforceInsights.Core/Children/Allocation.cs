using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Children;

/// <summary>One allocation of a child's case to a worker (inclusive dates; open while EndDate is null).</summary>
/// <param name="ChangeReason">Why this worker took over from the child's previous social worker, where recorded.</param>
/// <param name="FamilyId">The child's household or sibling group, where recorded (null: a family of one); read only for caseload balancing.</param>
public sealed record Allocation(string ChildId, string WorkerId, DateOnly StartDate, DateOnly? EndDate, CaseType CaseType, ChangeReason? ChangeReason = null, string? FamilyId = null)
{
    public bool IsOpenOn(DateOnly date) => StartDate <= date && (EndDate is null || EndDate >= date);

    /// <summary>True when any day of the allocation falls in the inclusive range.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => StartDate <= to && (EndDate is null || EndDate >= from);
}

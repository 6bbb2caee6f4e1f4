namespace WorkforceInsights.Core.Codes;

/// <summary>The code lists of extracts.md, in one place.</summary>
public static class Codes
{
    public static readonly CodeTable<Role> Roles = new(
    [
        (Role.SeniorManager, "senior_manager", "1"),
        (Role.MiddleManager, "middle_manager", "2"),
        (Role.FirstLineManager, "first_line_manager", "3"),
        (Role.SeniorPractitioner, "senior_practitioner", "4"),
        (Role.CaseHolder, "case_holder", "5"),
        (Role.QualifiedWithoutCases, "qualified_without_cases", "6"),
        (Role.AdultPractitioner, "adult_practitioner", null),
    ]);

    public static readonly CodeTable<EmploymentType> EmploymentTypes = new(
    [
        (EmploymentType.Permanent, "permanent", null),
        (EmploymentType.FixedTerm, "fixed_term", null),
        (EmploymentType.Agency, "agency", null),
    ]);

    public static readonly CodeTable<LeavingReason> LeavingReasons = new(
    [
        (LeavingReason.Resignation, "resignation", "1"),
        (LeavingReason.VoluntaryRedundancy, "voluntary_redundancy", "2"),
        (LeavingReason.CompulsoryRedundancy, "compulsory_redundancy", "3"),
        (LeavingReason.Dismissed, "dismissed", "4"),
        (LeavingReason.Retired, "retired", "5"),
        (LeavingReason.Deceased, "deceased", "6"),
        (LeavingReason.MovedWithinCouncil, "moved_within_council", "7"),
        (LeavingReason.Other, "other", "8"),
        (LeavingReason.NotKnown, "not_known", "9"),
    ]);

    public static readonly CodeTable<CaseType> CaseTypes = new(
    [
        (CaseType.CIN, "CIN", null),
        (CaseType.CP, "CP", null),
        (CaseType.CLA, "CLA", null),
        (CaseType.CL, "CL", null),
    ]);

    /// <summary>The codes of allocations.csv's optional change_reason (SSDA903 SW_REASON), matched case-insensitively.</summary>
    public static readonly CodeTable<ChangeReason> ChangeReasons = new(Enum.GetValues<ChangeReason>().Select(r => (r, r.ToString(), (string?)null)));

    /// <summary>Every role but adult practitioners is a children's social-worker role (metrics.md).</summary>
    public static bool IsSocialWorker(this Role role) => role != Role.AdultPractitioner;

    /// <summary>Permanent and fixed-term spells are "employed"; agency spells are not.</summary>
    public static bool IsEmployed(this EmploymentType type) => type != EmploymentType.Agency;
}

namespace WorkforceInsights.Core.Codes;

/// <summary>A worker's role, following the DfE children's social work workforce census (OrgRole).</summary>
public enum Role
{
    SeniorManager = 1,
    MiddleManager = 2,
    FirstLineManager = 3,
    SeniorPractitioner = 4,
    CaseHolder = 5,
    QualifiedWithoutCases = 6,

    /// <summary>Family Safeguarding specialists; never counted as children's social workers.</summary>
    AdultPractitioner = 100,
}

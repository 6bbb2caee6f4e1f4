namespace WorkforceInsights.Core.Codes;

/// <summary>Contract type of an employment spell.</summary>
public enum EmploymentType
{
    Permanent,
    FixedTerm,
    Agency,
}

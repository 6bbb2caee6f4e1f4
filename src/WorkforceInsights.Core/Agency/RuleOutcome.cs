namespace WorkforceInsights.Core.Agency;

/// <summary>What a rule's check found for one assignment.</summary>
public enum RuleOutcome
{
    Met,
    Breach,
    NotRecorded,
    NotApplicable,
}

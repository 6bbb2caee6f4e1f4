namespace WorkforceInsights.Core.Agency;

/// <summary>
/// One rule's status for one assignment, with the reason a reader needs to act on it (checks are advice: every
/// breach says why).
/// </summary>
/// <param name="SignedOff">For a price-cap breach, the day the rate above the cap was signed off.</param>
public sealed record RuleStatus(RuleOutcome Outcome, string Reason, DateOnly? SignedOff = null)
{
    /// <summary>As the register and the return write it: `met`, `breach`, `breach, signed off yyyy-MM-dd`, `not recorded`, `not applicable`.</summary>
    public string Text => Outcome switch
    {
        RuleOutcome.Met => "met",
        RuleOutcome.Breach when SignedOff is { } day => $"breach, signed off {day:yyyy-MM-dd}",
        RuleOutcome.Breach => "breach",
        RuleOutcome.NotRecorded => "not recorded",
        _ => "not applicable",
    };

    public static string OutcomeText(RuleOutcome outcome) => new RuleStatus(outcome, string.Empty).Text;
}

namespace WorkforceInsights.Core.Agency;

/// <summary>One assignment as the register or the return shows it on a day: its attributes on that day and each rule's status.</summary>
public sealed record AssignmentCheck(
    AgencyAssignment Assignment,
    TermedSpell SpellOnDay,
    AgencyJobType? JobType,
    int? QualifiedYearsAtStart,
    decimal? Cap,
    IReadOnlyDictionary<AgencyRule, RuleStatus> Rules)
{
    public string WorkerId => Assignment.WorkerId;

    public AgencyTerms Terms => SpellOnDay.Terms;

    public bool BreachesAnyRule => Rules.Values.Any(r => r.Outcome == RuleOutcome.Breach);
}

namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The register's headline counts on a day (agency.md, "Where it shows"): the Agency page's tiles, the Overview's
/// agency rules tile and the briefing pack's sentence and table all read these, so they cannot disagree.
/// </summary>
/// <param name="Assignments">Assignments in post on the day (one per agency social worker in post).</param>
/// <param name="BreachingAny">Assignments with at least one rule in breach (a signed-off rate above the cap counts).</param>
/// <param name="WithRuleNotRecorded">Assignments with at least one rule that could not be checked.</param>
/// <param name="CapBreachesNotSignedOff">Rates above the cap with no sign-off recorded.</param>
/// <param name="LongerThanAYear">Assignments that started more than 12 months before the day.</param>
public sealed record RegisterSummary(
    DateOnly Day,
    int Assignments,
    int BreachingAny,
    int WithRuleNotRecorded,
    int CapBreachesNotSignedOff,
    int LongerThanAYear,
    IReadOnlyDictionary<AgencyRule, IReadOnlyDictionary<RuleOutcome, int>> RuleCounts)
{
    public static RegisterSummary Of(DateOnly day, IReadOnlyList<AssignmentCheck> register) => new(
        day,
        register.Count,
        register.Count(r => r.BreachesAnyRule),
        register.Count(r => r.Rules.Values.Any(s => s.Outcome == RuleOutcome.NotRecorded)),
        register.Count(r => r.Rules[AgencyRule.PriceCap] is { Outcome: RuleOutcome.Breach, SignedOff: null }),
        register.Count(r => r.Assignment.Start < day.AddMonths(-12)),
        CountByRule(register));

    /// <summary>For each rule, how many assignments have each outcome (every outcome present, zeros included).</summary>
    public static IReadOnlyDictionary<AgencyRule, IReadOnlyDictionary<RuleOutcome, int>> CountByRule(IReadOnlyList<AssignmentCheck> rows) =>
        Enum.GetValues<AgencyRule>().ToDictionary(
            rule => rule,
            rule => (IReadOnlyDictionary<RuleOutcome, int>)Enum.GetValues<RuleOutcome>().ToDictionary(o => o, o => rows.Count(r => r.Rules[rule].Outcome == o)));
}

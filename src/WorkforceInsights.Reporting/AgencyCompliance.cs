using WorkforceInsights.Charts;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The briefing pack's agency compliance (agency.md, "Where it shows"): a sentence and a table of each rule's statuses
/// on the pack's date. The pack leaves the council, so every count follows the small-numbers rule: the agency social
/// workers in post are the council's headline total (WF-AGY-HC) and shown; each count of assignments is a part, "&lt;5"
/// from 1 to 4, and each rule's row is a breakdown of that total, so a lone withheld status takes the next smallest with it.
/// </summary>
public static class AgencyCompliance
{
    public const string Caption = "Agency assignments in post against each of the DfE's agency rules";

    private static readonly RuleOutcome[] s_outcomes = [RuleOutcome.Met, RuleOutcome.Breach, RuleOutcome.NotRecorded, RuleOutcome.NotApplicable];

    public static string Sentence(RegisterSummary summary)
    {
        var day = summary.Day.ToString("d MMMM yyyy", FigureText.Culture);
        if (summary.Assignments == 0)
        {
            return $"Agency rules: no agency social workers were in post on {day}.";
        }

        var people = summary.Assignments == 1 ? "agency social worker was" : "agency social workers were";
        return $"Agency rules: {FigureText.Format(summary.Assignments, MetricUnit.Workers)} {people} in post on {day}; {Part(summary.BreachingAny)} of their assignments "
            + $"breached at least one of the DfE's agency rules, and {Part(summary.WithRuleNotRecorded)} had a rule that could not be checked because the HR extract does not record it.";
    }

    public static PackTable Table(RegisterSummary summary) => new(
        Caption,
        ["Rule", .. s_outcomes.Select(o => Capitalised(RuleStatus.OutcomeText(o)))],
        [.. Enum.GetValues<AgencyRule>().Select(rule => Row(rule, summary.RuleCounts[rule]))]);

    private static IReadOnlyList<string> Row(AgencyRule rule, IReadOnlyDictionary<RuleOutcome, int> counts)
    {
        var parts = s_outcomes.Select(o => (double?)counts[o]).ToList();
        var withheld = SmallNumbers.Breakdown(parts);
        return [Name(rule), .. parts.Select((p, i) => SmallNumbers.Text(withheld[i]) ?? FigureText.Format(p, MetricUnit.Workers))];
    }

    private static string Part(int count) => SmallNumbers.Text(SmallNumbers.Count(count)) ?? FigureText.Format(count, MetricUnit.Workers);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Name(AgencyRule rule) => rule switch
    {
        AgencyRule.Experience => "Experience (3 years qualified)",
        AgencyRule.PriceCap => "Price cap",
        AgencyRule.Notice => "Notice (4 weeks or less)",
        AgencyRule.References => "References (2 or more)",
        _ => "Cool-off (3 months after leaving the council)",
    };
}

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

    /// <summary>
    /// E.g. "Agency social workers on 30 September 2026: 6; 3 of their assignments breached at least one of the DfE's
    /// agency rules, and 0 had a rule the HR extract does not record, so it could not be checked." It opens with the
    /// headline total's own title, the figure shown as it is.
    /// </summary>
    public static string Sentence(RegisterSummary summary)
    {
        var title = MetricCatalog.Get(MetricIds.AgencyHeadcount).Info.Title;
        var day = summary.Day.ToString("d MMMM yyyy", FigureText.Culture);
        return summary.Assignments == 0
            ? $"{title} on {day}: none, so no assignment is checked against the DfE's agency rules."
            : $"{title} on {day}: {FigureText.Format(summary.Assignments, MetricUnit.Workers)}; {Part(summary.BreachingAny)} of their assignments breached at least one "
                + $"of the DfE's agency rules, and {Part(summary.WithRuleNotRecorded)} had a rule the HR extract does not record, so it could not be checked.";
    }

    public static PackTable Table(RegisterSummary summary) => new(
        Caption,
        ["Rule", .. s_outcomes.Select(o => Capitalised(RuleStatus.OutcomeText(o)))],
        [.. Enum.GetValues<AgencyRule>().Select(rule => Row(rule, summary.RuleCounts[rule]))]);

    private static IReadOnlyList<string> Row(AgencyRule rule, IReadOnlyDictionary<RuleOutcome, int> counts)
    {
        var parts = s_outcomes.Select(o => (double?)counts[o]).ToList();
        var withheld = SmallNumbers.Breakdown(parts);
        return [AgencyRuleNames.Words(rule), .. parts.Select((p, i) => SmallNumbers.Text(withheld[i]) ?? FigureText.Format(p, MetricUnit.Workers))];
    }

    private static string Part(int count) => SmallNumbers.Text(SmallNumbers.Count(count)) ?? FigureText.Format(count, MetricUnit.Workers);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

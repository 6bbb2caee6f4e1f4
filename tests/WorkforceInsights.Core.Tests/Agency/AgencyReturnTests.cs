using WorkforceInsights.Core.Agency;
using static WorkforceInsights.Core.Tests.Agency.AgencySpells;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>agency.md, "The quarterly return": who is in it, when the rules apply in a quarter, and the summary.</summary>
public class AgencyReturnTests
{
    private static readonly DateOnly s_extractDate = new(2026, 10, 31);

    [Test]
    public void ShouldListEveryAssignmentInPostOnADayOfTheQuarter_ByStartThenWorker()
    {
        var spells = new[]
        {
            Placement("B2", "2026-03-01", "2026-07-01"), // its last day is the quarter's first
            Placement("A1", "2026-03-01"),
            Placement("C3", "2026-01-01", "2026-06-30"), // ended the day before the quarter
            Placement("D4", "2026-09-30", terms: Recorded with { HourlyRate = 50m }), // started on its last day, above the £45 cap
        };

        var result = AgencyReturn.For(CalendarQuarter.Parse("2026-Q3")!, spells, Settings, s_extractDate);

        Assert.That(result.Rows.Select(r => r.WorkerId), Is.EqualTo(new[] { "A1", "B2", "D4" }));
        Assert.That(result.AgencyFteOnLastDay, Is.EqualTo(2.0m), "A1 and D4 on 30 September");
        Assert.That(result.RuleCounts[AgencyRule.PriceCap][RuleOutcome.Breach], Is.EqualTo(1));
        Assert.That(result.CapBreaches, Is.EqualTo(new[] { new CapBreach("D4", 50m, 45m, null) }));
    }

    // 2025-Q3 (July to September 2025) ends before AllFrom: an assignment started before RulesFrom is not applicable;
    // in 2025-Q4 it is in post on 1 October 2025, so the rules apply.
    [TestCase("2025-Q3", RuleOutcome.NotApplicable)]
    [TestCase("2025-Q4", RuleOutcome.Met)]
    public void ShouldApplyTheRulesToAnOlderAssignmentInPostOnOrAfterAllFromInTheQuarter(string quarter, RuleOutcome expected)
    {
        var spells = new[] { Placement("A1", "2024-06-01", "2025-10-01") };

        var row = AgencyReturn.For(CalendarQuarter.Parse(quarter)!, spells, Settings, s_extractDate).Rows.Single();

        Assert.That(row.Rules.Values.Select(r => r.Outcome), Is.All.EqualTo(expected));
    }

    [Test]
    public void ShouldRefuseAQuarterEndingAfterTheExtractDate() =>
        Assert.That(() => AgencyReturn.For(CalendarQuarter.Parse("2026-Q4")!, [], Settings, s_extractDate),
            Throws.InvalidOperationException.With.Message.Contains("after the data's extract date 2026-10-31"));

    [TestCase("2026-Q3", "2026-07-01", "2026-09-30")]
    [TestCase("2024-q1", "2024-01-01", "2024-03-31")]
    public void ShouldReadACalendarQuarter(string text, string from, string to)
    {
        var quarter = CalendarQuarter.Parse(text)!;

        Assert.That((quarter.From, quarter.To), Is.EqualTo((Day(from), Day(to))));
    }

    [TestCase("2026-Q5")]
    [TestCase("2026Q3")]
    [TestCase("Q3 2026")]
    public void ShouldRefuseWhatIsNotAQuarter(string text) => Assert.That(CalendarQuarter.Parse(text), Is.Null);
}

using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Codes;
using static WorkforceInsights.Core.Tests.Agency.AgencySpells;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>agency.md, "Assignments", and when the rules apply.</summary>
public class AgencyAssignmentTests
{
    private static readonly DateOnly s_extractDate = new(2026, 10, 31);

    [Test]
    public void ShouldJoinSpellsStartingTheDayAfter_AndSplitAtAGapOfADay()
    {
        // A1: a team move on 1 Mar (one assignment), then a day off before 3 Jun (a second assignment).
        var spells = new[] { Placement("A1", "2026-01-05", "2026-02-28"), Placement("A1", "2026-03-01", "2026-06-01"), Placement("A1", "2026-06-03") };

        var assignments = AgencyAssignment.From(spells, s_extractDate);

        Assert.That(assignments.Select(a => (a.Start, a.End)), Is.EqualTo(new (DateOnly, DateOnly?)[] { (Day("2026-01-05"), Day("2026-06-01")), (Day("2026-06-03"), null) }));
    }

    [Test]
    public void ShouldTakeAttributesFromTheLatestSpellStartedByTheDay_AndTheJobTypeFromTheRoleWhenBlank()
    {
        var spells = new[]
        {
            Placement("A1", "2026-01-05", "2026-02-28", terms: Recorded with { HourlyRate = 40m }),
            Placement("A1", "2026-03-01", terms: Recorded with { HourlyRate = 48m }, role: Role.SeniorPractitioner),
        };
        var assignment = AgencyAssignment.From(spells, s_extractDate).Single();

        Assert.That(assignment.SpellOn(Day("2026-02-15")).Terms.HourlyRate, Is.EqualTo(40m));
        Assert.That(assignment.SpellOn(Day("2026-03-31")).Terms.HourlyRate, Is.EqualTo(48m));
        Assert.That(assignment.JobTypeOn(Day("2026-03-31")), Is.EqualTo(AgencyJobType.AdvancedPractitioner));
    }

    [Test]
    public void ShouldLeaveOutEmployedAndAdultPractitionerSpells()
    {
        var spells = new[] { Employed("E1", "2020-01-01", null), Placement("A2", "2026-01-01", role: Role.AdultPractitioner) };

        Assert.That(AgencyAssignment.From(spells, s_extractDate), Is.Empty);
    }

    // Started 1 Oct 2024 (before RulesFrom, 31 Oct 2024): not applicable on 30 Sep 2025, subject from 1 Oct 2025 (AllFrom).
    [TestCase("2025-09-30", "not applicable")]
    [TestCase("2025-10-01", "breach")]
    public void ShouldApplyTheRulesToAnOlderAssignmentOnlyFromAllFrom(string day, string expected)
    {
        var spells = new[] { Placement("A1", "2024-10-01", terms: Recorded with { NoticeWeeks = 12 }) };

        var check = AgencyRegister.On(Day(day), spells, Settings, s_extractDate).Single();

        Assert.That(check.Rules[AgencyRule.Notice].Text, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldApplyTheRulesToAnAssignmentStartingOnRulesFrom_BeforeAllFrom()
    {
        var spells = new[] { Placement("A1", "2024-10-31", terms: Recorded with { NoticeWeeks = 12 }) };

        Assert.That(AgencyRegister.On(Day("2025-01-31"), spells, Settings, s_extractDate).Single().Rules[AgencyRule.Notice].Text, Is.EqualTo("breach"));
    }
}

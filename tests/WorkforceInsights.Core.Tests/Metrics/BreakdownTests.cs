using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Definitions.Workforce;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>A breakdown applies the same definition to each group's facts.</summary>
public class BreakdownTests
{
    private static readonly MetricDay s_day = MetricDayBuilder.Build(FixtureCsv.Scenario(), FixtureCsv.Date(ScenarioCouncil.AsOf));

    [Test]
    public void ShouldComputeTurnoverPerTeam_OnThatTeamsLeaversAndFte()
    {
        var byTeam = MetricDaySplitter.Split(s_day, Dimension.Team);
        var turnover = new TurnoverRate();

        // T1: leavings A2 1, A6 1, A7 0.8 + 0.8 = 3.6 over employed FTE M1 1, A1 1, A2 1, A8 0.5 = 3.5.
        Assert.That(turnover.Calculate(byTeam["T1"]).Value, Is.EqualTo(3.6m / 3.5m * 100).Within(0.0000001m));
        // T2: leaving B2 1 over A3 1, A4 0.5, A5 1 = 2.5.
        Assert.That(turnover.Calculate(byTeam["T2"]).Value, Is.EqualTo(40m));
    }

    [Test]
    public void ShouldAddCasesOverTeamsToTheCouncilTotal()
    {
        var cases = new CasesHeld();

        var byTeam = MetricDaySplitter.Split(s_day, Dimension.Team).Values.Sum(d => cases.Calculate(d).Value);

        Assert.That(byTeam, Is.EqualTo(cases.Calculate(s_day).Value));
    }

    [Test]
    public void ShouldSplitChildrenByTheirMainCaseType()
    {
        var byType = MetricDaySplitter.Split(s_day, Dimension.CaseType);

        // Children with a social worker: C1 CIN; C2 C4 C8 CP; C3 C5 CLA; C7 CL (C6 has only an adult practitioner).
        Assert.That(byType.ToDictionary(g => g.Key, g => g.Value.ChildrenWithSocialWorker.Count),
            Is.EqualTo(new Dictionary<string, int> { ["CIN"] = 1, ["CL"] = 1, ["CLA"] = 2, ["CP"] = 3 }));
    }

    [Test]
    public void ShouldLeaveReferralsOutOfTeamGroups_SinceAReferralHasNoTeam()
    {
        Assert.That(MetricDaySplitter.Split(s_day, Dimension.Team).Values.SelectMany(d => d.Referrals), Is.Empty);
    }

    [Test]
    public void ShouldCountACopiedDaysOwnFacts_NotTheOriginalsAlreadyCounted()
    {
        // The day keeps counts several metrics share; a copy with other facts must count its own.
        var day = MetricDayBuilder.Build(FixtureCsv.Scenario(), FixtureCsv.Date(ScenarioCouncil.AsOf));
        var headcount = new EmployedHeadcount();
        Assert.That(headcount.Calculate(day).Value, Is.GreaterThan(0));

        var empty = day with { Spells = [] };

        Assert.That(headcount.Calculate(empty).Value, Is.Zero);
        Assert.That(empty.SocialWorkerSpells, Is.Empty);
        Assert.That(new StabilityIndex().Calculate(empty).Value, Is.Null, "no employed social workers: no data");
    }

    [Test]
    public void ShouldCopyEveryFactOfADay_WhenCopiedWith()
    {
        // MetricDay writes its copy constructor by hand (so a copy does not keep the original's counts): a fact added
        // to the day and not to that constructor would silently be empty in every copy.
        var copy = s_day with { };

        foreach (var property in typeof(MetricDay).GetProperties().Where(p => p.SetMethod is not null))
        {
            var original = property.GetValue(s_day);
            Assert.That(property.GetValue(copy), property.PropertyType.IsValueType ? Is.EqualTo(original) : Is.SameAs(original), property.Name);
        }
    }
}

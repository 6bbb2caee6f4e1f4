using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Children;
using WorkforceInsights.Core.Metrics.Definitions.Workforce;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Core.Tests.Metrics;

public class StatusRulesTests
{
    private static readonly MetricTargets s_targets = new();

    [TestCase(10.0, Status.Better, Description = "turnover well under the 12% target")]
    [TestCase(12.4, Status.OnTarget, Description = "within 5% of 12 (11.4 to 12.6)")]
    [TestCase(27.0, Status.Worse)]
    public void ShouldCompareTurnoverWithItsTarget_LowerBeingBetter(double value, Status expected) =>
        Assert.That(StatusRules.AgainstTarget(TurnoverRate.Definition, (decimal)value, s_targets.For("WF-TURN"), s_targets.Tolerance), Is.EqualTo(expected));

    [TestCase(55.0, 30.0, Status.Better, Description = "more children kept one worker than a year before")]
    [TestCase(30.0, 55.0, Status.Worse)]
    [TestCase(55.5, 55.0, Status.OnTarget, Description = "a change within 5% is no real change")]
    public void ShouldCompareWithAYearBefore_HigherBeingBetterForSameWorker(double value, double yearBefore, Status expected) =>
        Assert.That(StatusRules.AgainstYearBefore(SameWorkerRate.Definition, (decimal)value, (decimal)yearBefore, s_targets.Tolerance), Is.EqualTo(expected));

    [Test]
    public void ShouldSayNoData_WhenTheValueOrTargetIsMissing()
    {
        Assert.That(StatusRules.AgainstTarget(TurnoverRate.Definition, null, 12, 0.05m), Is.EqualTo(Status.NoData));
        Assert.That(StatusRules.AgainstTarget(AgencyFte.Definition, 5, s_targets.For("WF-AGY-FTE"), 0.05m), Is.EqualTo(Status.NoData));
    }

    [Test]
    public void ShouldGiveAsyeWorkersALowerCaseloadTarget() =>
        Assert.That(s_targets.For("CASE-AVG", Core.Staff.ExperienceBand.Asye), Is.LessThan(s_targets.AverageCaseload));
}

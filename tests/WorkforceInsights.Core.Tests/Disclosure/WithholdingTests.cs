using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Tests.Disclosure;

/// <summary>The rule over one date's stored figures: breakdowns are judged whole, even when only some of their parts are shown.</summary>
public class WithholdingTests
{
    private static Figure Count(string id, double n) => new(id, n, n, null);

    [Test]
    public void ShouldWithholdTheNextSmallestChangeReason_AtCouncilLevel()
    {
        // 20 changes in the council's year: worker left 12, restructure 5, management decision 3, the rest none.
        // The total is the council's own and shown; 3 is "<5", and 5 (the next smallest) goes with it.
        var figures = ChangeReasonsAnd(MetricIds.Changes, 20, (MetricIds.ChangesWorkerLeft, 12), (MetricIds.ChangesRestructure, 5), (MetricIds.ChangesManagementDecision, 3));

        var withheld = Withholding.OfOneDate(Dimension.Council, figures);

        Assert.That(withheld[MetricIds.Changes], Is.EqualTo(Withheld.None));
        Assert.That(withheld[MetricIds.ChangesManagementDecision], Is.EqualTo(Withheld.SmallCount));
        Assert.That(withheld[MetricIds.ChangesRestructure], Is.EqualTo(Withheld.Suppressed));
        Assert.That(withheld[MetricIds.ChangesWorkerLeft], Is.EqualTo(Withheld.None));
        Assert.That(withheld[MetricIds.ChangesOther], Is.EqualTo(Withheld.None), "zero is shown");
    }

    [Test]
    public void ShouldWithholdTheRecordedChanges_WhenTheInferredOnesAreFew()
    {
        // 43 changes, 40 recorded: the 3 inferred are shown nowhere, but 43 - 40 would give them away.
        var withheld = Withholding.OfOneDate(Dimension.Council, [Count(MetricIds.Changes, 43), Count(MetricIds.RecordedChanges, 40)]);

        Assert.That(withheld[MetricIds.RecordedChanges], Is.EqualTo(Withheld.Suppressed));
        Assert.That(withheld[MetricIds.Changes], Is.EqualTo(Withheld.None));
    }

    [Test]
    public void ShouldWithholdWorkersPerChild_AsOneBreakdown()
    {
        // 30 children with one worker, 9 with two, 2 with three or more.
        var withheld = Withholding.OfOneDate(Dimension.Council,
            [Count(MetricIds.ChildrenWithOneWorker, 30), Count(MetricIds.ChildrenWithTwoWorkers, 9), Count(MetricIds.ChildrenWithThreePlusWorkers, 2)]);

        Assert.That(withheld[MetricIds.ChildrenWithThreePlusWorkers], Is.EqualTo(Withheld.SmallCount));
        Assert.That(withheld[MetricIds.ChildrenWithTwoWorkers], Is.EqualTo(Withheld.Suppressed), "else 41 children less 30 and 9 gives the 2");
        Assert.That(withheld[MetricIds.ChildrenWithOneWorker], Is.EqualTo(Withheld.None));
    }

    [Test]
    public void ShouldReadEveryPartOfABreakdown_WhenOnlySomeAreAskedFor() =>
        Assert.That(BreakdownFamily.WithFamilies([MetricIds.ChangesWorkerLeft]),
            Is.SupersetOf(BreakdownFamily.ChangeReasonParts.PartIds).And.Contains(MetricIds.Changes).And.Contains(MetricIds.ChangesWorkerLeft));

    private static List<Figure> ChangeReasonsAnd(string totalId, double total, params (string Id, double Count)[] nonZero) =>
    [
        Count(totalId, total),
        .. BreakdownFamily.ChangeReasonParts.PartIds.Select(id => Count(id, nonZero.FirstOrDefault(r => r.Id == id).Count)),
    ];
}

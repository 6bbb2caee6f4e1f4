using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Tests.Disclosure;

/// <summary>The small-numbers rule's boundaries (access.md): 0 and 5 shown, 1 to 4 withheld; the secondary case; a share beside a withheld count.</summary>
public class SmallNumbersTests
{
    private static MetricInfo Info(string id) => MetricCatalog.Get(id).Info;

    [TestCase(0, Withheld.None, Description = "zeros are shown")]
    [TestCase(1, Withheld.SmallCount)]
    [TestCase(4, Withheld.SmallCount)]
    [TestCase(5, Withheld.None)]
    public void ShouldWithholdACountFromOneToFour(double count, Withheld expected) =>
        Assert.That(SmallNumbers.Primary(Info(MetricIds.AgencyHeadcount), Dimension.Team, count, count, null), Is.EqualTo(expected));

    [TestCase(0, 20, Withheld.None, Description = "no re-referrals out of 20: 0% is shown")]
    [TestCase(1, 20, Withheld.Suppressed, Description = "one re-referral out of 20")]
    [TestCase(4, 20, Withheld.Suppressed)]
    [TestCase(5, 20, Withheld.None)]
    [TestCase(4, 4, Withheld.Suppressed, Description = "a small denominator too")]
    public void ShouldSuppressARateOverACountFromOneToFour(double numerator, double denominator, Withheld expected) =>
        Assert.That(SmallNumbers.Primary(Info(MetricIds.ThreePlusWorkersRate), Dimension.Team, 100 * numerator / denominator, numerator, denominator), Is.EqualTo(expected));

    [TestCase(0.5, Withheld.Suppressed, Description = "half an FTE is one person at most")]
    [TestCase(4.9, Withheld.Suppressed, Description = "4.9 FTE may be fewer than five people")]
    [TestCase(5.0, Withheld.None)]
    public void ShouldTreatAnFteAboveZeroAndBelowFive_AsASmallCount(double fte, Withheld expected) =>
        // Average caseload: 12 cases over the FTE of the team's case holders.
        Assert.That(SmallNumbers.Primary(Info(MetricIds.AverageCaseload), Dimension.Team, 12 / fte, 12, fte), Is.EqualTo(expected));

    [Test]
    public void ShouldShowTheCouncilsOwnHeadlineTotals_ButWithholdItsSmallBreakdownParts()
    {
        // Three agency workers across the whole council: the council's own total. Three changes for one reason: a part.
        Assert.That(SmallNumbers.Primary(Info(MetricIds.AgencyHeadcount), Dimension.Council, 3, 3, null), Is.EqualTo(Withheld.None));
        Assert.That(SmallNumbers.Primary(Info(MetricIds.ChangesWorkerLeft), Dimension.Council, 3, 3, null), Is.EqualTo(Withheld.SmallCount));
        Assert.That(SmallNumbers.Primary(Info(MetricIds.ChildrenWithThreePlusWorkers), Dimension.Council, 2, 2, null), Is.EqualTo(Withheld.SmallCount));
        Assert.That(SmallNumbers.Primary(Info(MetricIds.AgencyHeadcount), Dimension.ServiceArea, 3, 3, null), Is.EqualTo(Withheld.SmallCount), "an area's total is not the council's");
    }

    [Test]
    public void ShouldWithholdTheNextSmallestPart_WhenExactlyOnePartIsSmall()
    {
        // Changes by reason 3, 12, 7, 0 of a shown total 22: "<5" alone could be worked back as 22 - 12 - 7; so 7 goes too.
        Assert.That(SmallNumbers.Breakdown([3, 12, 7, 0]),
            Is.EqualTo(new[] { Withheld.SmallCount, Withheld.None, Withheld.Suppressed, Withheld.None }));
    }

    [Test]
    public void ShouldWithholdNoMore_WhenTwoPartsAreAlreadySmall()
    {
        // 3 and 2 of 25: neither can be worked back from 25 - 20, only their sum.
        Assert.That(SmallNumbers.Breakdown([3, 20, 2]), Is.EqualTo(new[] { Withheld.SmallCount, Withheld.None, Withheld.SmallCount }));
    }

    [Test]
    public void ShouldWithholdNothing_WhenNoPartIsSmall() =>
        Assert.That(SmallNumbers.Breakdown([0, 5, 9]), Is.All.EqualTo(Withheld.None));

    [Test]
    public void ShouldWithholdAShareBesideAWithheldCount()
    {
        Assert.That(SmallNumbers.ShareOf(Withheld.SmallCount), Is.EqualTo(Withheld.Suppressed));
        Assert.That(SmallNumbers.ShareOf(Withheld.Suppressed), Is.EqualTo(Withheld.Suppressed), "a part withheld by the secondary rule takes its share with it");
        Assert.That(SmallNumbers.ShareOf(Withheld.None), Is.EqualTo(Withheld.None));
    }

    [Test]
    public void ShouldApplyToWhatLeavesTheCouncil_AndToThoseWithoutWorkerLevelRights()
    {
        Assert.That(SmallNumbers.Applies(leavesCouncil: true, maySeeWorkers: true), Is.True, "a download or the briefing pack");
        Assert.That(SmallNumbers.Applies(leavesCouncil: false, maySeeWorkers: false), Is.True, "HR on any page");
        Assert.That(SmallNumbers.Applies(leavesCouncil: false, maySeeWorkers: true), Is.False, "a leader on a page");
    }

    [Test]
    public void ShouldWriteLessThanFiveForACount_AndSuppressedForTheRest()
    {
        Assert.That(SmallNumbers.Text(Withheld.SmallCount), Is.EqualTo("<5"));
        Assert.That(SmallNumbers.Text(Withheld.Suppressed), Is.EqualTo("suppressed"));
        Assert.That(SmallNumbers.Text(Withheld.None), Is.Null);
    }
}

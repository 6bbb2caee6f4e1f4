using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>metrics.md, "Changes of social worker": what a change is, its reason recorded or inferred, and its breakdowns (see <see cref="ChangesCouncil"/>).</summary>
public class SocialWorkerChangesTests
{
    private static readonly MetricInputs s_inputs = FixtureCsv.Inputs(ChangesCouncil.Teams, ChangesCouncil.Workers, ChangesCouncil.Allocations);

    private static CouncilMetrics Metrics => CouncilMetrics.Calculate(s_inputs, FixtureCsv.Date(ChangesCouncil.AsOf));

    [Test]
    public void ShouldCountEightChangesInTheYear_OneRecorded()
    {
        Assert.That((Metrics["CH-CHG"].Value, Metrics["CH-CHG-REC"].Value), Is.EqualTo(((decimal?)8, (decimal?)1)));
    }

    [Test]
    public void ShouldGiveEachChangeItsRecordedOrInferredReason()
    {
        var byReason = ChangesCouncil.ExpectedByReason.ToDictionary(r => r.Key, r => (int)Metrics[$"CH-CHG-{r.Key}"].Value!.Value);

        Assert.That(byReason, Is.EqualTo(ChangesCouncil.ExpectedByReason));
    }

    [Test]
    public void ShouldNameTheChildrenAndWorkersOfEachChange()
    {
        var day = MetricDayBuilder.Build(s_inputs, FixtureCsv.Date(ChangesCouncil.AsOf));

        var changes = day.Changes.OrderBy(c => c.ChildId, StringComparer.Ordinal).Select(c => $"{c.ChildId}:{c.PreviousWorkerId}>{c.NewWorkerId}:{c.Reason}{(c.Recorded ? "*" : string.Empty)}");
        Assert.That(changes, Is.EqualTo(new[] { "C1:V1>W1:LEFTRL", "C11:V3>W1:MANAGE", "C2:V2>W2:ORGRST", "C3:V3>W3:TSPROC", "C4:V4>W1:MANAGE", "C5:V4>W1:CHCHAN*", "C6:V4>W1:MANAGE", "C8:V3>W1:MANAGE" }));
    }

    [Test]
    public void ShouldSplitChangesByThePreviousWorkersTeamTheDayBefore_AndByTheNewAllocationsCaseType()
    {
        var day = MetricDayBuilder.Build(s_inputs, FixtureCsv.Date(ChangesCouncil.AsOf));

        // V2 was in T2 on 30 April (the day before C2's change); every other previous worker was in T1.
        Assert.That(MetricDaySplitter.Split(day, Dimension.Team).ToDictionary(g => g.Key, g => g.Value.Changes.Count).Where(g => g.Value > 0),
            Is.EquivalentTo(new Dictionary<string, int> { ["T1"] = 7, ["T2"] = 1 }));
        // C3's new allocation is CLA; C2's and C4's are CP; the other five CIN.
        Assert.That(MetricDaySplitter.Split(day, Dimension.CaseType).ToDictionary(g => g.Key, g => g.Value.Changes.Count).Where(g => g.Value > 0),
            Is.EquivalentTo(new Dictionary<string, int> { ["CIN"] = 5, ["CP"] = 2, ["CLA"] = 1 }));
    }
}

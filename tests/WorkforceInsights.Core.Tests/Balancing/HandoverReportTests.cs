using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Tests.Balancing;

public class HandoverReportTests
{
    [Test]
    public void ShouldListTheChildrenOfLeavers_FlagThoseFacingAThirdWorker_AndSayWhetherEachTeamCanAbsorbThem()
    {
        // D = 31 October 2026, leaving within 56 days: by 26 December 2026.
        // T1: W1 leaves on 30 November with 3 children (C001-C003); C-TWICE, also W1's, had W9 until March (two social
        // workers in the year: a third worker risk). W2 holds 12 of 14 (spare 2), W3 holds 13 (spare 1): 3 < 4, T1 cannot absorb.
        // T2: W4 leaves on 31 January 2027 (beyond 56 days): nobody is about to lose their worker; W4 holds 4 of 14.
        var leaves = new DateOnly(2026, 11, 30);
        var council = new BalancingCouncil().Worker("W1", "T1", 3, end: leaves).Worker("W2", "T1", 12).Worker("W3", "T1", 13)
            .Worker("W4", "T2", 4, end: new DateOnly(2027, 1, 31)).Worker("W9", "T9", 0);
        council.Allocation(new Allocation("C-TWICE", "W9", new DateOnly(2025, 5, 1), new DateOnly(2026, 3, 31), CaseType.CP))
            .Allocation(new Allocation("C-TWICE", "W1", new DateOnly(2026, 4, 1), null, CaseType.CP));

        var report = HandoverReport.From(council.Facts(areaScope: true, "T1", "T2"), 56);

        Assert.That(report.Children.Select(c => (c.ChildId, c.WorkerId, c.TeamCode, c.LastDay, c.ThirdWorkerRisk)), Is.EqualTo(new[]
        {
            ("C-TWICE", "W1", "T1", leaves, true), ("C001", "W1", "T1", leaves, false), ("C002", "W1", "T1", leaves, false), ("C003", "W1", "T1", leaves, false),
        }));
        Assert.That(report.Teams.Select(t => (t.TeamCode, t.Children, t.Load, t.SpareCapacity, t.CanAbsorb)), Is.EqualTo(new[]
        {
            ("T1", 4, 4m, 3m, false), ("T2", 0, 0m, 10m, true),
        }));
    }
}

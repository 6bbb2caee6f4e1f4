using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Tests.Balancing;

/// <summary>balancing.md's rules, one worked example each, planned on D = 31 October 2026 with the default settings.</summary>
public class BalancePlannerTests
{
    private static readonly DateOnly s_d = BalancingCouncil.D;

    private static string[] Moved(BalancePlan plan) => [.. plan.Moves.Select(m => $"{string.Join("+", m.ChildIds)}:{m.FromWorkerId}>{m.ToWorkerId}")];

    [Test]
    public void ShouldNeverSplitAFamily_MovingTwoChildrenOnTheirOwnInstead()
    {
        // W1 holds 16 (threshold 14, excess 2): a family of three (F1) and 13 children on their own. W2 holds 12 (room
        // for 2), W3 holds 13 (room for 1). Nobody has room for the family of three, and it may not be split, so two
        // children on their own move: the two with the shortest relationships (the last two given to W1, C013 and C012)
        // and both to W2, the most spare capacity first (after the first, W2 and W3 tie at 1: the lower id, W2).
        var council = new BalancingCouncil();
        foreach (var child in new[] { "F1a", "F1b", "F1c" })
        {
            council.Child("W1", family: "F1", id: child);
        }

        council.Worker("W1", "T1", 13).Worker("W2", "T1", 12).Worker("W3", "T1", 13);

        var plan = council.Plan("T1");

        Assert.That(Moved(plan), Is.EqualTo(new[] { "C013:W1>W2", "C012:W1>W2" }));
        Assert.That((plan.ResidualExcessBefore, plan.ResidualExcess, plan.ChildrenMoved), Is.EqualTo((2m, 0m, 2)));
        Assert.That(plan.CaseHolders.Select(h => (h.WorkerId, h.LoadAfter)), Is.EqualTo(new[] { ("W1", 14m), ("W2", 14m), ("W3", 13m) }));
    }

    [Test]
    public void ShouldMoveAWholeFamilyTogether_WhenAReceiverHasRoomForIt()
    {
        // W1 holds 17 (excess 3): a family of three (F1, with W1 since 2026-01-01: 304 days each) and 14 on their own.
        // W2 holds 10 (room for 4). The lightest unit covering the excess of 3 is the family: it moves whole.
        var council = new BalancingCouncil();
        foreach (var child in new[] { "F1a", "F1b", "F1c" })
        {
            council.Child("W1", start: new DateOnly(2026, 1, 1), family: "F1", id: child);
        }

        council.Worker("W1", "T1", 14).Worker("W2", "T1", 10);

        var plan = council.Plan("T1");

        Assert.That(Moved(plan), Is.EqualTo(new[] { "F1a+F1b+F1c:W1>W2" }));
        Assert.That(plan.Moves.Single().FamilyId, Is.EqualTo("F1"));
        Assert.That(plan.Moves.Single().ContinuityDays, Is.EqualTo(3 * 304));
    }

    [Test]
    public void ShouldProtectAChildStillSettling_ButNotOneWhoseCaseTypeChangedWithTheSameWorker()
    {
        // W1 holds 15 (excess 1). C-NEW came to W1 on 2026-10-01: 30 days, under the 90 settling days: protected.
        // C-STEP has been with W1 since 2025-06-01: CIN to 2026-09-21, then CP from 2026-09-22 (no gap): the step up is
        // no new relationship, R = 2025-06-01, 518 days (D − R + 1 = 518). The other 13 have been with W1 since early
        // 2024 (over 1,000 days). The cheapest movable child is C-STEP.
        var council = new BalancingCouncil().Worker("W1", "T1", 13).Worker("W2", "T1", 10);
        council.Child("W1", start: new DateOnly(2026, 10, 1), id: "C-NEW");
        council.Allocation(new Allocation("C-STEP", "W1", new DateOnly(2025, 6, 1), new DateOnly(2026, 9, 21), CaseType.CIN))
            .Allocation(new Allocation("C-STEP", "W1", new DateOnly(2026, 9, 22), null, CaseType.CP));

        var plan = council.Plan("T1");

        Assert.That(Moved(plan), Is.EqualTo(new[] { "C-STEP:W1>W2" }));
        Assert.That(plan.Moves.Single().ContinuityDays, Is.EqualTo(518));
        Assert.That(plan.Protected.Select(p => (string.Join("+", p.ChildIds), p.WorkerId, p.Reason)), Is.EqualTo(new[] { ("C-NEW", "W1", ProtectionReason.Settling) }));
    }

    [Test]
    public void ShouldProtectAChildWhomAMoveWouldGiveAThirdSocialWorker()
    {
        // W1 holds 15 (excess 1). C-TWICE had W9 to 2026-03-31 and W1 since 2026-04-01 (214 days, settled): two social
        // workers in the year to D, so a move would give them a third. It is W1's cheapest child, yet the plan moves
        // C014, the cheapest of the rest.
        var council = new BalancingCouncil().Worker("W1", "T1", 14).Worker("W2", "T1", 10).Worker("W9", "T9", 0);
        council.Allocation(new Allocation("C-TWICE", "W9", new DateOnly(2025, 5, 1), new DateOnly(2026, 3, 31), CaseType.CP))
            .Allocation(new Allocation("C-TWICE", "W1", new DateOnly(2026, 4, 1), null, CaseType.CP));

        var plan = council.Plan("T1");

        Assert.That(Moved(plan), Is.EqualTo(new[] { "C014:W1>W2" }));
        Assert.That(plan.Protected.Single(), Has.Property(nameof(ProtectedUnit.Reason)).EqualTo(ProtectionReason.ThirdWorker));
    }

    [Test]
    public void ShouldProtectASharedChild()
    {
        // C-SHARED is open to W1 and W2: shared cases are left to the manager. W1 holds 15 (excess 1) and C-SHARED is
        // their cheapest child (since 2026-01-01); C014 moves instead. A shared child also has two social workers in
        // the year; "shared" is the reason given, as the one the manager acts on.
        var council = new BalancingCouncil().Worker("W1", "T1", 14).Worker("W2", "T1", 10);
        council.Child("W1", id: "C-SHARED", start: new DateOnly(2026, 1, 1));
        council.Child("W2", id: "C-SHARED", start: new DateOnly(2026, 1, 1));

        var plan = council.Plan("T1");

        Assert.That(Moved(plan), Is.EqualTo(new[] { "C014:W1>W2" }));
        Assert.That(plan.Protected.Single().Reason, Is.EqualTo(ProtectionReason.Shared));
    }

    [Test]
    public void ShouldGiveNothingToALeaver_ButMayToAWorkerWhoseNextSpellCarriesOn()
    {
        // W1 holds 15 (excess 1). W2 (holds 9, room for 5) leaves on D + 30 with nothing after: a leaver receives nothing.
        // W4 (holds 10, room for 4) ends a spell on D + 30 too, but a new spell starts the next day: not leaving.
        // W3 holds 13 (room for 1). The receiver with the most room who is staying is W4.
        var council = new BalancingCouncil().Worker("W1", "T1", 15).Worker("W2", "T1", 9, end: s_d.AddDays(30)).Worker("W3", "T1", 13)
            .Worker("W4", "T1", 10, end: s_d.AddDays(30))
            .Spell(new WorkerSpell("W4", null, "T1", Role.SeniorPractitioner, EmploymentType.Permanent, 1, s_d.AddDays(31), null, null, new DateOnly(2010, 7, 1), null));

        var facts = council.Facts("T1");
        var plan = BalancePlanner.Plan(facts);

        Assert.That(facts.CaseHolders.Select(h => (h.WorkerId, h.LastDay)), Is.EqualTo(new[] { ("W1", (DateOnly?)null), ("W2", s_d.AddDays(30)), ("W3", null), ("W4", null) }));
        Assert.That(Moved(plan), Is.EqualTo(new[] { "C015:W1>W4" }));
    }

    [Test]
    public void ShouldStopAMoveToAnAsye_WhoseLowerThresholdIsReached()
    {
        // W1 holds 15 (excess 1). W2 qualified on 2026-05-01, an ASYE on D: threshold 10 × 1 FTE = 10, and holds 10, so
        // has no room (with the 14 of other bands, they would have room for 4). W3 holds 14 of 14. No move is possible.
        var council = new BalancingCouncil().Worker("W1", "T1", 15).Worker("W2", "T1", 10, qualified: new DateOnly(2026, 5, 1)).Worker("W3", "T1", 14);

        var plan = council.Plan("T1");

        Assert.That(plan.CaseHolders.Single(h => h.WorkerId == "W2").Threshold, Is.EqualTo(10m));
        Assert.That(plan.Moves, Is.Empty);
        Assert.That(plan.ResidualExcess, Is.EqualTo(1m));
    }

    [Test]
    public void ShouldKeepATeamsPlanInsideTheTeam_AndUseAnotherTeamOfAnAreaOnlyWhenItsOwnHasNoRoom()
    {
        // T1: W1 holds 16 (excess 2), W2 holds 13 (room for 1). T2: W5 holds 6 (room for 8).
        // For team T1 alone: one child to W2; the second cannot go to W5 of another team. For the area (T1 and T2): the
        // first to W2 (own team first, though W5 has more room), the second to W5. The area with Balancing:CrossTeam =
        // false plans as the team does.
        var council = new BalancingCouncil().Worker("W1", "T1", 16).Worker("W2", "T1", 13).Worker("W5", "T2", 6);

        Assert.That(Moved(council.Plan("T1")), Is.EqualTo(new[] { "C016:W1>W2" }));
        Assert.That(council.Plan("T1").ResidualExcess, Is.EqualTo(1m));
        Assert.That(Moved(council.Plan("T1", "T2")), Is.EqualTo(new[] { "C016:W1>W2", "C015:W1>W5" }));
        council.Options.CrossTeam = false;
        Assert.That(Moved(council.Plan("T1", "T2")), Is.EqualTo(new[] { "C016:W1>W2" }));
    }

    [Test]
    public void ShouldMoveFewerChildrenThanTheGreedyPlan_WhereTheGreedyRuleTakesTheWrongUnitFirst()
    {
        // Child-protection cases weigh 2 here. W1 holds a family of three CIN children (weight 3), two CP children on
        // their own (2 each) and 11 CIN children: load 3 + 4 + 11 = 18, excess 4. W2 holds 6 (room for 8).
        // Greedy: nothing weighs 4, so the heaviest first, the family (3); then the lightest covering 1: a CIN child:
        // 4 children moved. The two CP children cover 4 with 2 children moved: the plan takes that.
        var council = new BalancingCouncil();
        council.Options.Weights["CP"] = 2;
        foreach (var child in new[] { "F1a", "F1b", "F1c" })
        {
            council.Child("W1", family: "F1", id: child);
        }

        council.Child("W1", caseType: CaseType.CP, id: "CP1");
        council.Child("W1", caseType: CaseType.CP, id: "CP2");
        council.Worker("W1", "T1", 11).Worker("W2", "T1", 6);
        var facts = council.Facts("T1");

        var greedy = GreedyPlanner.Plan(facts);
        var plan = BalancePlanner.Plan(facts);

        Assert.That((greedy.ResidualExcess, greedy.ChildrenMoved), Is.EqualTo((0m, 4)));
        Assert.That(Moved(plan), Is.EquivalentTo(new[] { "CP1:W1>W2", "CP2:W1>W2" }));
        Assert.That((plan.ResidualExcess, plan.ChildrenMoved), Is.EqualTo((0m, 2)));
    }
}

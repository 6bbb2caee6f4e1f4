using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Core.Tests.Balancing;

/// <summary>
/// On hundreds of random scopes (fixed seeds: the same every run), every plan keeps every rule of balancing.md, and the
/// plain greedy plan never beats it in the spec's order.
/// </summary>
public class BalancePlanPropertyTests
{
    private static IEnumerable<int> Seeds => Enumerable.Range(1, 400);

    [Test]
    public void ShouldKeepEveryRule_AndNeverBeBeatenByTheGreedyPlan()
    {
        foreach (var seed in Seeds)
        {
            var facts = RandomScope(new Random(seed));
            var plan = BalancePlanner.Plan(facts);
            var greedy = GreedyPlanner.Plan(facts);

            AssertKeepsTheRules(facts, plan, $"seed {seed}");
            AssertKeepsTheRules(facts, greedy, $"seed {seed} (greedy)");
            Assert.That(greedy.ResidualExcess, Is.GreaterThanOrEqualTo(plan.ResidualExcess), $"seed {seed}: greedy leaves less excess");
            if (greedy.ResidualExcess == plan.ResidualExcess)
            {
                Assert.That(greedy.ChildrenMoved, Is.GreaterThanOrEqualTo(plan.ChildrenMoved), $"seed {seed}: greedy moves fewer children");
            }

            Assert.That(plan.CompareTo(greedy), Is.LessThanOrEqualTo(0), $"seed {seed}");
        }
    }

    [Test]
    public void ShouldSometimesDoBetterThanTheGreedyPlan()
    {
        var better = Seeds.Count(seed => RandomScope(new Random(seed)) is var facts && BalancePlanner.Plan(facts).CompareTo(GreedyPlanner.Plan(facts)) < 0);

        Assert.That(better, Is.Positive, "the subset search finds better plans on some scopes");
    }

    [Test]
    public void ShouldMakeTheSamePlanOnEveryRun()
    {
        var first = Describe(BalancePlanner.Plan(RandomScope(new Random(7))));
        var second = Describe(BalancePlanner.Plan(RandomScope(new Random(7))));

        Assert.That(first, Is.Not.Empty.And.EqualTo(second));
    }

    private static string Describe(BalancePlan plan) => string.Join(";", plan.Moves.Select(m => $"{string.Join("+", m.ChildIds)}:{m.FromWorkerId}>{m.ToWorkerId}"));

    /// <summary>Replays the moves one by one, checking each rule at the moment the plan makes the move.</summary>
    private static void AssertKeepsTheRules(BalancingFacts facts, BalancePlan plan, string label)
    {
        var holders = facts.CaseHolders.ToDictionary(h => h.WorkerId);
        var loads = facts.CaseHolders.ToDictionary(h => h.WorkerId, h => h.Load);
        var moved = new HashSet<string>();
        foreach (var move in plan.Moves)
        {
            var unit = facts.Units.SingleOrDefault(u => facts.CaseHolders[u.Holder].WorkerId == move.FromWorkerId && u.Children.Select(c => c.ChildId).SequenceEqual(move.ChildIds));
            Assert.That(unit, Is.Not.Null, $"{label}: a move is a whole unit (no family split) of its worker");
            Assert.That(unit!.Protection, Is.Null, $"{label}: no protected unit moves");
            Assert.That(move.ChildIds.All(moved.Add), Is.True, $"{label}: no child changes worker twice");
            var from = holders[move.FromWorkerId];
            var to = holders[move.ToWorkerId];
            Assert.That(to.WorkerId, Is.Not.EqualTo(from.WorkerId), label);
            Assert.That(to.Leaving, Is.False, $"{label}: no leaver receives");
            Assert.That(loads[to.WorkerId] + unit.Weight, Is.LessThanOrEqualTo(to.Threshold), $"{label}: no receiver ends above threshold");
            if (to.TeamCode != from.TeamCode)
            {
                Assert.That(facts.CrossTeam, Is.True, $"{label}: another team only where allowed");
                Assert.That(facts.CaseHolders.Any(h => h.TeamCode == from.TeamCode && h != from && !h.Leaving && loads[h.WorkerId] + unit.Weight <= h.Threshold),
                    Is.False, $"{label}: another team only when the giver's own has no room");
            }

            loads[from.WorkerId] -= unit.Weight;
            loads[to.WorkerId] += unit.Weight;
        }

        Assert.That(plan.CaseHolders.Select(h => h.LoadAfter), Is.EqualTo(facts.CaseHolders.Select(h => loads[h.WorkerId])), label);
        Assert.That(plan.ResidualExcess, Is.EqualTo(facts.CaseHolders.Sum(h => Math.Max(0, loads[h.WorkerId] - h.Threshold))), label);
        Assert.That(plan.ChildrenMoved, Is.EqualTo(moved.Count), label);
    }

    /// <summary>One to three teams, up to 16 case holders of mixed FTE and band, families, weights of 1, 1.5 and 2, and every protection.</summary>
    private static BalancingFacts RandomScope(Random random)
    {
        var teams = random.Next(1, 4);
        var holders = new List<BalancingCaseHolder>();
        var units = new List<BalancingUnit>();
        var nextChild = 0;
        var count = random.Next(2, 17);
        for (var h = 0; h < count; h++)
        {
            var children = new List<BalancingUnit>();
            for (var u = random.Next(0, 22); u > 0; u--)
            {
                var size = random.NextDouble() < 0.7 ? 1 : random.Next(2, 4);
                var members = Enumerable.Range(0, size).Select(_ =>
                {
                    var days = random.Next(1, 2000);
                    return new BalancingChild($"C{++nextChild:0000}", new[] { 1m, 1m, 1.5m, 2m }[random.Next(4)], days, days < 90,
                        random.NextDouble() < 0.1 ? 2 : 1, random.NextDouble() < 0.04);
                }).ToList();
                children.Add(new BalancingUnit(h, size > 1 ? $"F{nextChild}" : null, members));
            }

            var fte = new[] { 0.5m, 0.8m, 1m, 1m }[random.Next(4)];
            var threshold = (random.NextDouble() < 0.2 ? 10 : 14) * fte;
            var leaving = random.NextDouble() < 0.15 ? new DateOnly(2026, 11, 30) : (DateOnly?)null;
            holders.Add(new BalancingCaseHolder($"W{h:00}", $"T{random.Next(teams) + 1}", threshold, children.Sum(u => u.Weight), leaving));
            units.AddRange(children.OrderBy(u => u.FirstChildId, StringComparer.Ordinal));
        }

        return new BalancingFacts(new DateOnly(2026, 10, 31), holders, units, CrossTeam: random.Next(2) == 0);
    }
}

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Balancing;

/// <summary>Turns the spells and allocations of a scope into the case holders and units a plan is made from (balancing.md, "Inputs").</summary>
public static class BalancingFactsBuilder
{
    public static BalancingFacts Build(BalancingInputs inputs, BalancingOptions options, MetricTargets targets)
    {
        var asOf = inputs.AsOf;
        var period = new ReportingPeriod(asOf);
        var spellsByWorker = inputs.Spells.GroupBy(s => s.WorkerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var socialWorkers = spellsByWorker.Where(w => w.Value.Any(s => s.IsSocialWorker)).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        var byChild = inputs.Allocations.Where(a => a.StartDate <= asOf).GroupBy(a => a.ChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var openByWorker = byChild.Values.SelectMany(a => a).Where(a => a.IsOpenOn(asOf)).GroupBy(a => a.WorkerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var scope = inputs.ScopeTeams is null ? null : new HashSet<string>(inputs.ScopeTeams, StringComparer.Ordinal);

        var holders = new List<BalancingCaseHolder>();
        var units = new List<BalancingUnit>();
        foreach (var (workerId, spells) in spellsByWorker.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var inPost = spells.Where(s => s.IsSocialWorker && s.IsInPostOn(asOf)).ToList();
            if (inPost.Count == 0)
            {
                continue;
            }

            var team = inPost.OrderByDescending(s => s.Fte).ThenBy(s => s.TeamCode, StringComparer.Ordinal).First().TeamCode;
            var open = openByWorker.GetValueOrDefault(workerId) ?? [];
            var receivesCases = inPost.Any(s => (s.Role is Role.CaseHolder or Role.SeniorPractitioner) && InScope(scope, s.TeamCode));
            if (!InScope(scope, team) || (open.Count == 0 && !receivesCases))
            {
                continue;
            }

            var holder = holders.Count;
            var children = open.GroupBy(a => a.ChildId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Child: Child(g.Key, workerId, byChild[g.Key], options, period, socialWorkers.Contains), Family: FamilyOf(g)))
                .ToList();
            units.AddRange(children.GroupBy(c => c.Family ?? "\0" + c.Child.ChildId, StringComparer.Ordinal)
                .Select(g => new BalancingUnit(holder, g.First().Family, [.. g.Select(c => c.Child)]))
                .OrderBy(u => u.FirstChildId, StringComparer.Ordinal));
            var band = ExperienceBand.On(spells.Max(s => s.QualifiedDate), asOf);
            holders.Add(new BalancingCaseHolder(workerId, team, targets.CaseloadThreshold(band, inPost.Sum(s => s.Fte)),
                children.Sum(c => c.Child.Weight), Leaving.LastDay(spells, asOf, options.LeavingWithinDays)));
        }

        return new BalancingFacts(asOf, holders, units, options.AllowsCrossTeam(inputs.AreaScope));
    }

    private static bool InScope(HashSet<string>? scope, string teamCode) => scope is null || scope.Contains(teamCode);

    /// <summary>The child's family as their open allocation to this worker records it (the latest started, where several are open).</summary>
    private static string? FamilyOf(IEnumerable<Allocation> openToWorker) =>
        openToWorker.OrderByDescending(a => a.StartDate).Select(a => a.FamilyId).FirstOrDefault(f => !string.IsNullOrWhiteSpace(f))?.Trim();

    private static BalancingChild Child(string childId, string workerId, List<Allocation> childAllocations, BalancingOptions options, ReportingPeriod period, Func<string, bool> isSocialWorker)
    {
        var asOf = period.AsOf;
        var withWorker = childAllocations.Where(a => a.WorkerId == workerId).ToList();
        var weight = withWorker.Where(a => a.IsOpenOn(asOf)).Max(a => options.WeightOf(a.CaseType));
        var days = asOf.DayNumber - Relationship.Start(withWorker, asOf).DayNumber;
        var shared = childAllocations.Any(a => a.WorkerId != workerId && a.IsOpenOn(asOf));
        return new BalancingChild(childId, weight, days + 1, days < options.SettleDays, SocialWorkersInYear.Count(childAllocations, isSocialWorker, period), shared);
    }
}

using System.Diagnostics;
using System.Globalization;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Balancing;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Bench;

/// <summary>
/// Caseload balancing for one service area on the extract date (balancing.md, "Speed"): reading its inputs, building
/// its case holders and units, the greedy plan, the subset search, and the proposed plan (both and the comparison),
/// each the median of several runs after a first. Without an area named, the case-holding one with case holders nearest 300.
/// </summary>
public static class BalanceBenchmark
{
    private const int Runs = 7;

    public static async Task<int> RunAsync(string db, string? area)
    {
        var connections = new SqliteConnectionFactory(Path.GetFullPath(db));
        await new SchemaMigrator(connections, TimeProvider.System).MigrateAsync();
        var asOf = (await new DataStateStore(connections).ReadAsync()).ExtractDate ?? throw new InvalidOperationException("The database has no extract date: import a council first.");
        var teams = await new TeamsQuery(connections).RunAsync();
        var query = new BalancingInputsQuery(connections);
        var (options, targets) = (new BalancingOptions(), new MetricTargets());
        async Task<BalancingFacts> FactsAsync(string name)
        {
            var codes = teams.Where(t => t.ServiceArea == name).Select(t => t.TeamCode).ToList();
            return BalancingFactsBuilder.Build(await query.RunAsync(asOf, codes, areaScope: true), options, targets);
        }

        if (area is null)
        {
            var sizes = new List<(string Area, int CaseHolders)>();
            foreach (var name in teams.Select(t => t.ServiceArea).Distinct())
            {
                var scope = await FactsAsync(name);
                if (scope.Units.Count > 0)
                {
                    sizes.Add((name, scope.CaseHolders.Count));
                    Console.WriteLine($"{name}: {scope.CaseHolders.Count} case holders");
                }
            }

            area = sizes.MinBy(s => Math.Abs(s.CaseHolders - 300)).Area;
        }

        var codes = teams.Where(t => t.ServiceArea == area).Select(t => t.TeamCode).ToList();
        var read = await TimeAsync(() => query.RunAsync(asOf, codes, areaScope: true));
        var facts = Time(() => BalancingFactsBuilder.Build(read.Result, options, targets));
        var greedy = Time(() => GreedyPlanner.Plan(facts.Result));
        var searched = Time(() => SubsetPlanner.Plan(facts.Result));
        var plan = Time(() => BalancePlanner.Plan(facts.Result));
        var f = facts.Result;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{area} on {asOf:yyyy-MM-dd}: {f.CaseHolders.Count} case holders, {f.Units.Sum(u => u.Children.Count):N0} children in {f.Units.Count:N0} units, {read.Result.Allocations.Count:N0} allocations read; {f.CaseHolders.Count(h => h.Load > h.Threshold)} over threshold"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plan: residual excess {plan.Result.ResidualExcessBefore} -> {plan.Result.ResidualExcess}, {plan.Result.ChildrenMoved} children moved, continuity cost {plan.Result.ContinuityCost:N0} (greedy: {greedy.Result.ResidualExcess}, {greedy.Result.ChildrenMoved}, {greedy.Result.ContinuityCost:N0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {Runs} ms: read {read.Ms:F0}; build {facts.Ms:F0}; greedy {greedy.Ms:F0}; subset search {searched.Ms:F0}; plan (both, compared) {plan.Ms:F0}; read + build + plan {read.Ms + facts.Ms + plan.Ms:F0}"));
        return 0;
    }

    private static (T Result, double Ms) Time<T>(Func<T> work) => TimeAsync(() => Task.FromResult(work())).GetAwaiter().GetResult();

    private static async Task<(T Result, double Ms)> TimeAsync<T>(Func<Task<T>> work)
    {
        var result = await work(); // the first run warms up, and is not counted
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            result = await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (result, times.Order().ElementAt(Runs / 2));
    }
}

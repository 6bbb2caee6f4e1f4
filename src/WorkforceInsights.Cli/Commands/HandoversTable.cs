using System.Globalization;
using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi handovers --format table`: each team's children about to lose their worker and whether it can absorb them, then the children.</summary>
public static class HandoversTable
{
    public static void Write(BalancingRun run, HandoverReport report, TextWriter output)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var scope = run.ScopeKind is null ? "the council" : $"{run.ScopeKind} {run.ScopeName}";
        output.WriteLine($"Children about to lose their worker in {scope}: last days within {report.WithinDays} days of {report.AsOf.ToString("d MMMM yyyy", culture)}");
        output.WriteLine($"    {"team",-10} {"children",8} {"load",7} {"spare",7}  can absorb");
        foreach (var team in report.Teams)
        {
            output.WriteLine($"    {team.TeamCode,-10} {team.Children,8} {BalanceTable.N(team.Load),7} {BalanceTable.N(team.SpareCapacity),7}  {(team.CanAbsorb ? "yes" : "no")}");
        }

        output.WriteLine($"  Children ({report.Children.Count}):");
        output.WriteLine($"    {"child",-14} {"worker",-12} {"team",-10} {"last day",-10}  3rd worker risk");
        foreach (var child in report.Children)
        {
            output.WriteLine($"    {child.ChildId,-14} {child.WorkerId,-12} {child.TeamCode,-10} {Core.Periods.IsoDate.Of(child.LastDay),-10}  {(child.ThirdWorkerRisk ? "yes" : "no")}");
        }
    }
}

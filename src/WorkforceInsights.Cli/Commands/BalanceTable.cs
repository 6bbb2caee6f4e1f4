using System.Globalization;
using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi balance --format table`: the moves, what they achieve, the protected units and every case holder before and after.</summary>
public static class BalanceTable
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-GB");

    public static void Write(BalancingRun run, BalancePlan plan, TextWriter output)
    {
        output.WriteLine($"Caseload balancing for {run.ScopeKind} {run.ScopeName} on {plan.AsOf.ToString("d MMMM yyyy", s_culture)} (advice: nothing is changed in the case management system)");
        output.WriteLine($"  excess over thresholds: {N(plan.ResidualExcessBefore)} before, {N(plan.ResidualExcess)} after; children moved: {plan.ChildrenMoved}; days with their worker broken: {plan.ContinuityCost.ToString("N0", s_culture)}");
        output.WriteLine($"  Moves ({plan.Moves.Count}):");
        output.WriteLine($"    {"children",-28} {"family",-12} {"from",-12} {"to",-12} {"weight",7} {"days",7}");
        foreach (var move in plan.Moves)
        {
            output.WriteLine($"    {string.Join(" ", move.ChildIds),-28} {move.FamilyId ?? "-",-12} {move.FromWorkerId,-12} {move.ToWorkerId,-12} {N(move.Weight),7} {move.ContinuityDays,7}");
        }

        output.WriteLine($"  Protected ({plan.Protected.Count}):");
        foreach (var unit in plan.Protected)
        {
            output.WriteLine($"    {string.Join(" ", unit.ChildIds),-28} {unit.WorkerId,-12} {BalancingJsonWriter.Word(unit.Reason)}");
        }

        output.WriteLine($"  Case holders ({plan.CaseHolders.Count}):");
        output.WriteLine($"    {"worker",-12} {"team",-10} {"threshold",9} {"before",7} {"after",7}");
        foreach (var holder in plan.CaseHolders)
        {
            output.WriteLine($"    {holder.WorkerId,-12} {holder.TeamCode,-10} {N(holder.Threshold),9} {N(holder.LoadBefore),7} {N(holder.LoadAfter),7}");
        }
    }

    /// <summary>Loads and thresholds to one decimal place, as the Caseloads page shows caseloads.</summary>
    internal static string N(decimal value) => value.ToString("N1", s_culture);
}

using System.Text.Json;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;
using static WorkforceInsights.Cli.Commands.BalancingJsonWriter;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The `wi balance --format json` shape of balancing.md.</summary>
public static class BalanceJson
{
    public static string Write(BalancingRun run, BalancePlan plan) => BalancingJsonWriter.Write(json =>
    {
        json.WriteString("asOf", IsoDate.Of(plan.AsOf));
        json.WriteStartObject("scope");
        json.WriteString(run.ScopeKind!, run.ScopeName);
        json.WriteEndObject();
        json.WriteStartObject("weights");
        foreach (var caseType in Enum.GetValues<CaseType>())
        {
            BalancingJsonWriter.Number(json, Codes.CaseTypes.Word(caseType), run.Options.WeightOf(caseType));
        }

        json.WriteEndObject();
        json.WriteStartArray("caseHolders");
        foreach (var holder in plan.CaseHolders)
        {
            json.WriteStartObject();
            json.WriteString("workerId", holder.WorkerId);
            json.WriteString("teamCode", holder.TeamCode);
            BalancingJsonWriter.Number(json, "threshold", holder.Threshold);
            BalancingJsonWriter.Number(json, "loadBefore", holder.LoadBefore);
            BalancingJsonWriter.Number(json, "loadAfter", holder.LoadAfter);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("moves");
        foreach (var move in plan.Moves)
        {
            json.WriteStartObject();
            Strings(json, "childIds", move.ChildIds);
            json.WriteString("familyId", move.FamilyId);
            json.WriteString("fromWorkerId", move.FromWorkerId);
            json.WriteString("toWorkerId", move.ToWorkerId);
            BalancingJsonWriter.Number(json, "weight", move.Weight);
            json.WriteNumber("continuityDays", move.ContinuityDays);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        BalancingJsonWriter.Number(json, "residualExcessBefore", plan.ResidualExcessBefore);
        BalancingJsonWriter.Number(json, "residualExcess", plan.ResidualExcess);
        json.WriteNumber("childrenMoved", plan.ChildrenMoved);
        json.WriteNumber("continuityCost", plan.ContinuityCost);
        Protected(json, plan.Protected);
    });

    private static void Protected(Utf8JsonWriter json, IReadOnlyList<ProtectedUnit> units)
    {
        json.WriteStartArray("protected");
        foreach (var unit in units)
        {
            json.WriteStartObject();
            Strings(json, "childIds", unit.ChildIds);
            json.WriteString("workerId", unit.WorkerId);
            json.WriteString("reason", Word(unit.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The `wi handovers --format json` shape of balancing.md.</summary>
public static class HandoversJson
{
    public static string Write(HandoverReport report) => BalancingJsonWriter.Write(json =>
    {
        json.WriteString("asOf", IsoDate.Of(report.AsOf));
        json.WriteNumber("withinDays", report.WithinDays);
        json.WriteStartArray("children");
        foreach (var child in report.Children)
        {
            json.WriteStartObject();
            json.WriteString("childId", child.ChildId);
            json.WriteString("workerId", child.WorkerId);
            json.WriteString("teamCode", child.TeamCode);
            json.WriteString("lastDay", IsoDate.Of(child.LastDay));
            json.WriteBoolean("thirdWorkerRisk", child.ThirdWorkerRisk);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("teams");
        foreach (var team in report.Teams)
        {
            json.WriteStartObject();
            json.WriteString("teamCode", team.TeamCode);
            json.WriteNumber("children", team.Children);
            BalancingJsonWriter.Number(json, "load", team.Load);
            BalancingJsonWriter.Number(json, "spareCapacity", team.SpareCapacity);
            json.WriteBoolean("canAbsorb", team.CanAbsorb);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}

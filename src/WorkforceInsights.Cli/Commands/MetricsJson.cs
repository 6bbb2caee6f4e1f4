using System.Globalization;
using System.Text.Json;
using static WorkforceInsights.Cli.Commands.JsonNumbers;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The `wi metrics --format json` shape of cli.md: numbers unrounded, null where a denominator is zero.</summary>
public static class MetricsJson
{
    public static string Write(CouncilMetrics metrics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", metrics.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Section(json, "workforce", metrics,
                ("employedFte", "WF-EMP-FTE"), ("agencyFte", "WF-AGY-FTE"), ("agencyHeadcount", "WF-AGY-HC"), ("employedHeadcount", "WF-EMP-HC"),
                ("leaversFte", "WF-LVR-FTE"), ("leaversHeadcount", "WF-LVR-HC"), ("startersFte", "WF-STR-FTE"), ("startersHeadcount", "WF-STR-HC"),
                ("turnoverRate", "WF-TURN"), ("agencyRate", "WF-AGY-RATE"), ("vacancyFte", "WF-VAC-FTE"), ("vacancyRate", "WF-VAC-RATE"),
                ("stabilityIndex", "WF-STAB"));

            json.WriteStartObject("caseload");
            Number(json, "casesHeld", metrics["CASE-HELD"].Value);
            Number(json, "caseHolderFte", metrics["CASE-FTE"].Value);
            Number(json, "averageCaseload", metrics["CASE-AVG"].Value);
            json.WriteStartObject("byExperienceBand");
            foreach (var (band, result) in metrics.AverageCaseloadByBand)
            {
                Number(json, band, result.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("children");
            Number(json, "childrenOpen", metrics["CH-OPEN"].Value);
            json.WriteStartObject("workersPerChild");
            Number(json, "1", metrics["CH-W1"].Value);
            Number(json, "2", metrics["CH-W2"].Value);
            Number(json, "3+", metrics["CH-W3P"].Value);
            json.WriteEndObject();
            Number(json, "threePlusRate", metrics["CH-3P-RATE"].Value);
            Number(json, "sameWorkerRate", metrics["CH-SAME-RATE"].Value);
            Number(json, "changes", metrics["CH-CHG"].Value);
            Number(json, "changesRecorded", metrics["CH-CHG-REC"].Value);
            json.WriteStartObject("changesByReason");
            foreach (var reason in WorkforceInsights.Core.Codes.ChangeReasons.All)
            {
                Number(json, reason.ToString(), metrics[WorkforceInsights.Core.Metrics.Definitions.Changes.ChangesForReason.IdOf(reason)].Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();

            Section(json, "referrals", metrics, ("referrals", "REF-COUNT"), ("reReferrals", "REF-RE"), ("reReferralRate", "REF-RATE"));
            Section(json, "demand", metrics, ("CIN", "DEM-CIN"), ("CP", "DEM-CP"), ("CLA", "DEM-CLA"), ("CL", "DEM-CL"));
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Section(Utf8JsonWriter json, string name, CouncilMetrics metrics, params (string Field, string MetricId)[] fields)
    {
        json.WriteStartObject(name);
        foreach (var (field, id) in fields)
        {
            Number(json, field, metrics[id].Value);
        }

        json.WriteEndObject();
    }
}

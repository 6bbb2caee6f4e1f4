using System.Globalization;
using System.Text.Json;
using static WorkforceInsights.Cli.Commands.JsonNumbers;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Periods;

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
            json.WriteString("asOf", IsoDate.Of(metrics.AsOf));
            Section(json, "workforce", metrics,
                ("employedFte", MetricIds.EmployedFte), ("agencyFte", MetricIds.AgencyFte), ("agencyHeadcount", MetricIds.AgencyHeadcount), ("employedHeadcount", MetricIds.EmployedHeadcount),
                ("leaversFte", MetricIds.LeaversFte), ("leaversHeadcount", MetricIds.LeaversHeadcount), ("startersFte", MetricIds.StartersFte), ("startersHeadcount", MetricIds.StartersHeadcount),
                ("turnoverRate", MetricIds.TurnoverRate), ("agencyRate", MetricIds.AgencyRate), ("vacancyFte", MetricIds.VacancyFte), ("vacancyRate", MetricIds.VacancyRate),
                ("stabilityIndex", MetricIds.StabilityIndex));

            json.WriteStartObject("caseload");
            Number(json, "casesHeld", metrics[MetricIds.CasesHeld].Value);
            Number(json, "caseHolderFte", metrics[MetricIds.CaseHolderFte].Value);
            Number(json, "averageCaseload", metrics[MetricIds.AverageCaseload].Value);
            json.WriteStartObject("byExperienceBand");
            foreach (var (band, result) in metrics.AverageCaseloadByBand)
            {
                Number(json, band, result.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("children");
            Number(json, "childrenOpen", metrics[MetricIds.ChildrenOpen].Value);
            json.WriteStartObject("workersPerChild");
            Number(json, "1", metrics[MetricIds.ChildrenWithOneWorker].Value);
            Number(json, "2", metrics[MetricIds.ChildrenWithTwoWorkers].Value);
            Number(json, "3+", metrics[MetricIds.ChildrenWithThreePlusWorkers].Value);
            json.WriteEndObject();
            Number(json, "threePlusRate", metrics[MetricIds.ThreePlusWorkersRate].Value);
            Number(json, "sameWorkerRate", metrics[MetricIds.SameWorkerRate].Value);
            Number(json, "changes", metrics[MetricIds.Changes].Value);
            Number(json, "changesRecorded", metrics[MetricIds.RecordedChanges].Value);
            json.WriteStartObject("changesByReason");
            foreach (var reason in WorkforceInsights.Core.Codes.ChangeReasons.All)
            {
                Number(json, reason.ToString(), metrics[WorkforceInsights.Core.Metrics.Definitions.Changes.ChangesForReason.IdOf(reason)].Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();

            Section(json, "referrals", metrics, ("referrals", MetricIds.Referrals), ("reReferrals", MetricIds.ReReferrals), ("reReferralRate", MetricIds.ReReferralRate));
            Section(json, "demand", metrics, ("CIN", MetricIds.OpenChildInNeed), ("CP", MetricIds.OpenChildProtection), ("CLA", MetricIds.OpenLookedAfter), ("CL", MetricIds.OpenCareLeaver));
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

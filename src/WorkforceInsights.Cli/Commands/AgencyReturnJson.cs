using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The agency return as the JSON of agency.md: statuses as the CSV writes them, null for blanks.</summary>
public static class AgencyReturnJson
{
    public static string Write(AgencyReturn agencyReturn)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("quarter", agencyReturn.Quarter.ToString());
            json.WriteString("from", Iso(agencyReturn.Quarter.From));
            json.WriteString("to", Iso(agencyReturn.Quarter.To));
            json.WriteStartArray("assignments");
            foreach (var row in agencyReturn.Rows)
            {
                Assignment(json, row, agencyReturn.ExtractDate);
            }

            json.WriteEndArray();
            Summary(json, agencyReturn);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Assignment(Utf8JsonWriter json, AssignmentCheck row, DateOnly extractDate)
    {
        json.WriteStartObject();
        json.WriteString("sweNumber", row.Terms.SweNumber);
        json.WriteString("workerId", row.WorkerId);
        json.WriteString("agencyName", row.Terms.AgencyName);
        json.WriteString("agencyJobType", AgencyJobTypes.Word(row.JobType));
        Number(json, "hourlyRate", row.Terms.HourlyRate);
        json.WriteString("startDate", Iso(row.Assignment.Start));
        json.WriteString("endDate", Iso(row.Assignment.EndKnownOn(extractDate)));
        json.WriteString("projectTeam", row.Terms.ProjectTeam ? "yes" : "no");
        json.WriteStartObject("rules");
        foreach (var rule in Enum.GetValues<AgencyRule>())
        {
            json.WriteString(AgencyRuleNames.Camel(rule), row.Rules[rule].Text);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, AgencyReturn agencyReturn)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("assignments", agencyReturn.Rows.Count);
        json.WriteNumber("agencyFteOnLastDay", agencyReturn.AgencyFteOnLastDay);
        json.WriteStartObject("rules");
        foreach (var (rule, counts) in agencyReturn.RuleCounts)
        {
            json.WriteStartObject(AgencyRuleNames.Camel(rule));
            foreach (var (outcome, count) in counts)
            {
                json.WriteNumber(RuleStatus.OutcomeText(outcome), count);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("capBreaches");
        foreach (var breach in agencyReturn.CapBreaches)
        {
            json.WriteStartObject();
            json.WriteString("workerId", breach.WorkerId);
            json.WriteNumber("hourlyRate", breach.HourlyRate);
            json.WriteNumber("cap", breach.Cap);
            json.WriteString("signedOff", Iso(breach.SignedOff));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

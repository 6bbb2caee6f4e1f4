using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The agency return as CSV: the rows, then after a blank line each the summary, the rules' counts and the price-cap
/// breaches, each block with its own header (docs/agency.md). The one writer of `wi agency-return` and the Agency
/// page's download, so the two give the same bytes.
/// </summary>
public static class AgencyReturnCsv
{
    // The return is opened in a spreadsheet to be copied into the DfE's template: a cell starting = + - @ (an agency
    // named "=HYPERLINK(…)") is escaped so that it shows as text and never runs, as every download of the app is.
    private static readonly CsvConfiguration s_configuration = Import.Reading.CsvFormat.Configuration() with { InjectionOptions = InjectionOptions.Escape };

    public static readonly string[] Header =
    [
        "swe_number", "worker_id", "agency_name", "agency_job_type", "hourly_rate", "start_date", "end_date", "project_team",
        "experience", "price_cap", "notice", "references", "cool_off",
    ];

    public static void Write(AgencyReturn agencyReturn, TextWriter output)
    {
        using var csv = new CsvWriter(output, s_configuration, leaveOpen: true);
        Record(csv, Header);
        foreach (var row in agencyReturn.Rows)
        {
            Record(csv,
            [
                row.Terms.SweNumber, row.WorkerId, row.Terms.AgencyName, AgencyJobTypes.Word(row.JobType), Money(row.Terms.HourlyRate),
                Iso(row.Assignment.Start), Iso(row.Assignment.EndKnownOn(agencyReturn.ExtractDate)), row.Terms.ProjectTeam ? "yes" : "no",
                .. Enum.GetValues<AgencyRule>().Select(rule => row.Rules[rule].Text),
            ]);
        }

        csv.NextRecord();
        Record(csv, ["summary", "value"]);
        Record(csv, ["quarter", agencyReturn.Quarter.ToString()]);
        Record(csv, ["from", Iso(agencyReturn.Quarter.From)]);
        Record(csv, ["to", Iso(agencyReturn.Quarter.To)]);
        Record(csv, ["assignments", agencyReturn.Rows.Count.ToString(CultureInfo.InvariantCulture)]);
        Record(csv, ["agency_fte_on_last_day", agencyReturn.AgencyFteOnLastDay.ToString(CultureInfo.InvariantCulture)]);

        csv.NextRecord();
        var outcomes = Enum.GetValues<RuleOutcome>();
        Record(csv, ["rule", .. outcomes.Select(RuleStatus.OutcomeText)]);
        foreach (var (rule, counts) in agencyReturn.RuleCounts)
        {
            Record(csv, [AgencyRuleNames.Snake(rule), .. outcomes.Select(o => counts[o].ToString(CultureInfo.InvariantCulture))]);
        }

        csv.NextRecord();
        Record(csv, ["cap_breach_worker_id", "hourly_rate", "cap", "signed_off"]);
        foreach (var breach in agencyReturn.CapBreaches)
        {
            Record(csv, [breach.WorkerId, Money(breach.HourlyRate), Money(breach.Cap), Iso(breach.SignedOff)]);
        }
    }

    private static void Record(CsvWriter csv, IEnumerable<string?> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    private static string? Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

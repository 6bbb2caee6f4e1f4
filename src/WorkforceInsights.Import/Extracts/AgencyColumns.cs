using System.Globalization;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>
/// workers.csv's optional agency columns (agency.md): the Social Work England number and the terms of an agency
/// assignment. The references count is stored as agency_references, since REFERENCES is a reserved word in SQL.
/// </summary>
internal static class AgencyColumns
{
    public static void Convert(ExtractRow row, TableRow values)
    {
        var rate = row.Number("hourly_rate", required: false);
        if (rate is < 0 or >= MaxHourlyRate)
        {
            row.Error("hourly_rate", row.Raw("hourly_rate"), "hourly_rate must be from 0 to under 10,000,000");
        }

        var jobType = row.Code("agency_job_type", AgencyJobTypes.Codes, required: false);
        values["swe_number"] = row.Identifier("swe_number", required: false)?.ToUpperInvariant();
        values["agency_name"] = AgencyName(row);
        values["agency_job_type"] = jobType is { } j ? AgencyJobTypes.Codes.Word(j) : null;
        values["hourly_rate"] = rate is { } r ? (double)r : null;
        values["project_team"] = ProjectTeam(row);
        values["notice_weeks"] = WholeNumber(row, "notice_weeks");
        values["agency_references"] = WholeNumber(row, "references");
        values["cap_breach_signed_off"] = row.Date("cap_breach_signed_off", required: false) is { } signedOff ? ExtractDate.ToIso(signedOff) : null;
    }

    // SQL Server keeps the name in nvarchar(200): a longer one is this row's error here, not the whole run's at the swap.
    private const int MaxAgencyNameLength = 200;

    // SQL Server's decimal(9,2).
    private const decimal MaxHourlyRate = 10_000_000m;

    private static string? AgencyName(ExtractRow row)
    {
        var name = row.Text("agency_name", required: false);
        if (name is { Length: > MaxAgencyNameLength })
        {
            row.Error("agency_name", name, $"agency_name must be at most {MaxAgencyNameLength} characters");
            return null;
        }

        return name;
    }

    // Blank is "no": only a project team or packaged model is marked.
    private static string ProjectTeam(ExtractRow row)
    {
        var value = row.Text("project_team", required: false);
        if (value is null || value.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return "no";
        }

        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return "yes";
        }

        row.Error("project_team", value, "expected yes or no");
        return "no";
    }

    private static long? WholeNumber(ExtractRow row, string column)
    {
        var value = row.Text(column, required: false);
        if (value is null)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        row.Error(column, value, "expected a whole number (0, 1, 2, ...)");
        return null;
    }
}

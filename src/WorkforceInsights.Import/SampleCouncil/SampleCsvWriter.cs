using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>Writes the synthetic council as the extract files of extracts.md (UTF-8, LF, ISO dates).</summary>
internal static class SampleCsvWriter
{
    public static void Write(string folder, DateOnly historyStart, DateOnly extractDate, IReadOnlyList<SampleTeam> teams, IReadOnlyList<SampleSpell> spells, IReadOnlyDictionary<SampleSpell, SampleTerms> terms, IReadOnlyList<SampleAllocation> allocations, IReadOnlyList<SampleReferral> referrals, IReadOnlyDictionary<string, string> families)
    {
        Directory.CreateDirectory(folder);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        rows["teams.csv"] = WriteFile(folder, "teams.csv", ["team_code", "team_name", "service_area", "locality"],
            teams.Select(t => new string?[] { t.Code, t.Name, t.ServiceArea, t.Locality }));
        rows["workers.csv"] = WriteFile(folder, "workers.csv",
            ["worker_id", "display_name", "team_code", "role", "employment_type", "fte", "start_date", "end_date", "leaving_reason", "qualified_date", "line_manager_id",
                "swe_number", "agency_name", "hourly_rate", "notice_weeks", "references", "cap_breach_signed_off"],
            spells.Where(s => s.Start <= extractDate).OrderBy(s => s.Worker.Id, StringComparer.Ordinal).ThenBy(s => s.Start).Select(s => new string?[]
            {
                s.Worker.Id, s.Worker.Name, s.Team.Code, Codes.Roles.Word(s.Role), Codes.EmploymentTypes.Word(s.Type),
                s.Fte.ToString(CultureInfo.InvariantCulture), Iso(s.Start), Iso(s.End),
                s.Reason is { } r ? Codes.LeavingReasons.Word(r) : null, Iso(s.Worker.QualifiedDate), s.ManagerId,
                terms[s].SweNumber, terms[s].AgencyName, Number(terms[s].HourlyRate), Number(terms[s].NoticeWeeks), Number(terms[s].References),
                Iso(terms[s].CapBreachSignedOff),
            }));
        rows["establishment.csv"] = WriteFile(folder, "establishment.csv", ["team_code", "role", "establishment_fte"], Establishment(teams));
        rows["allocations.csv"] = WriteFile(folder, "allocations.csv", ["child_id", "worker_id", "start_date", "end_date", "case_type", "change_reason", "family_id"],
            allocations.Where(a => a.Start <= extractDate).OrderBy(a => a.Start).ThenBy(a => a.ChildId, StringComparer.Ordinal)
                .Select(a => new string?[] { a.ChildId, a.WorkerId, Iso(a.Start), Iso(a.End), Codes.CaseTypes.Word(a.CaseType), a.Reason?.ToString(), families.GetValueOrDefault(a.ChildId) }));
        rows["referrals.csv"] = WriteFile(folder, "referrals.csv", ["referral_id", "child_id", "referral_date", "source"],
            referrals.Select(r => new string?[] { r.ReferralId, r.ChildId, Iso(r.Date), r.Source }));

        // The ready marker last, as a council's extract job would write it: the extract date and each file's rows and hash,
        // and the day the simulated history starts (the staff in post then carry older start dates, which would
        // otherwise suggest a longer history than the leavers, allocations and referrals have).
        ExtractManifest.Write(folder, extractDate, rows, new Dictionary<string, DateOnly>(StringComparer.Ordinal)
        {
            ["workers.csv"] = historyStart,
            ["allocations.csv"] = historyStart,
            ["referrals.csv"] = historyStart,
        });
    }

    private static IEnumerable<string?[]> Establishment(IReadOnlyList<SampleTeam> teams)
    {
        foreach (var team in teams.Where(t => t.ServiceArea != SampleTeam.Leadership))
        {
            yield return [team.Code, "first_line_manager", "1"];
            yield return [team.Code, "senior_practitioner", "2"];
            yield return [team.Code, "case_holder", team.CaseHolderPosts.ToString(CultureInfo.InvariantCulture)];
        }
    }

    private static string? Number<T>(T? value) where T : struct, IFormattable =>
        value?.ToString(null, CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? date) => date is { } d ? ExtractDate.ToIso(d) : null;

    /// <returns>The data rows written.</returns>
    private static long WriteFile(string folder, string name, string[] header, IEnumerable<string?[]> rows)
    {
        long written = 0;
        using var writer = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CsvFormat.Configuration() with { NewLine = "\n" });
        foreach (var column in header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
            written++;
        }

        return written;
    }
}

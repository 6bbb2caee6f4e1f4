using System.Globalization;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Tests.Fixtures;

/// <summary>
/// Reads the fixtures' simple extract text (ISO dates, no quoted fields) into Core records, so
/// the metric tests need no database. The real importer is tested on the same text in the CLI tests.
/// </summary>
public static class FixtureCsv
{
    /// <summary>History declared complete from 2000 for every kind, as a manifest's historyStart would: for tests of other rules than "Complete years only".</summary>
    public static HistoryStarts LongHistory { get; } = new(new(2000, 1, 1), new(2000, 1, 1), new(2000, 1, 1));

    public static MetricInputs Inputs(
        string teams, string workers, string allocations = "", string referrals = "", string establishment = "", DateOnly? extractDate = null, HistoryStarts? historyStarts = null) => new(
        Rows(teams).Select(r => new Team(r["team_code"], r["team_name"], r["service_area"], Optional(r, "locality"))),
        Rows(workers).Select(Spell),
        Rows(allocations).Select(r => new Allocation(r["child_id"], r["worker_id"], Date(r["start_date"]), OptionalDate(r, "end_date"), Codes.Codes.CaseTypes.Parse(r["case_type"]),
            Optional(r, "change_reason") is { } reason ? Codes.Codes.ChangeReasons.Parse(reason) : null)),
        Rows(referrals).Select(r => new Referral(r["child_id"], Date(r["referral_date"]), Optional(r, "source"))),
        Rows(establishment).Select(r => new EstablishmentPost(r["team_code"], Codes.Codes.Roles.Parse(r["role"]), decimal.Parse(r["establishment_fte"], CultureInfo.InvariantCulture))),
        extractDate,
        historyStarts);

    public static MetricInputs Scenario() => Inputs(ScenarioCouncil.Teams, ScenarioCouncil.Workers, ScenarioCouncil.Allocations, ScenarioCouncil.Referrals, ScenarioCouncil.Establishment);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static WorkerSpell Spell(Dictionary<string, string> r) => new(
        r["worker_id"], Optional(r, "display_name"), r["team_code"], Codes.Codes.Roles.Parse(r["role"]), Codes.Codes.EmploymentTypes.Parse(r["employment_type"]),
        decimal.Parse(r["fte"], CultureInfo.InvariantCulture), Date(r["start_date"]), OptionalDate(r, "end_date"),
        Optional(r, "leaving_reason") is { } reason ? Codes.Codes.LeavingReasons.Parse(reason) : null,
        OptionalDate(r, "qualified_date"), Optional(r, "line_manager_id"));

    private static string? Optional(Dictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    private static DateOnly? OptionalDate(Dictionary<string, string> row, string column) =>
        Optional(row, column) is { } text ? Date(text) : null;

    private static IEnumerable<Dictionary<string, string>> Rows(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            yield break;
        }

        var header = lines[0].Split(',');
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            yield return header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : string.Empty)).ToDictionary(x => x.h, x => x.v);
        }
    }
}

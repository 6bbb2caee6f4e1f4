using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>workers.csv (HR extract): one row per employment spell.</summary>
public sealed class WorkersExtract : ExtractDefinition
{
    private readonly HashSet<string> _workerIds = new(StringComparer.Ordinal);

    // A line manager may appear later in the file than the spells they manage, so these
    // references are checked once every row has been read.
    private readonly List<(long Line, string ManagerId)> _managerReferences = [];

    public override ExtractKind Kind => ExtractKind.Workers;

    public override string FileName => "workers.csv";

    public override IReadOnlyList<ExtractColumn> Columns { get; } =
    [
        new("worker_id", true),
        new("display_name", false),
        new("team_code", true),
        new("role", true),
        new("employment_type", true),
        new("fte", true),
        new("start_date", true),
        new("end_date", false),
        new("leaving_reason", false),
        new("qualified_date", false),
        new("line_manager_id", false),
        new("swe_number", false),
        new("agency_name", false),
        new("agency_job_type", false),
        new("hourly_rate", false),
        new("project_team", false),
        new("notice_weeks", false),
        new("references", false),
        new("cap_breach_signed_off", false),
    ];

    public override ExtractTable Table { get; } = new("worker_spells",
    [
        "worker_id", "display_name", "team_code", "role", "employment_type", "fte", "start_date",
        "end_date", "leaving_reason", "qualified_date", "line_manager_id",
        "swe_number", "agency_name", "agency_job_type", "hourly_rate", "project_team", "notice_weeks", "agency_references",
        "cap_breach_signed_off", "source_line",
    ],
    ["worker_id", "team_code", "role", "employment_type", "start_date"]);


    public override void Convert(ExtractRow row, ImportReferences references, TableRow values)
    {
        var workerId = row.Identifier("worker_id", required: true);
        var teamCode = row.Identifier("team_code", required: true);
        var role = row.Code("role", Codes.Roles, required: true);
        var employmentType = row.Code("employment_type", Codes.EmploymentTypes, required: true);
        var fte = row.Number("fte", required: true);
        var start = row.Date("start_date", required: true);
        var end = row.Date("end_date", required: false);
        var leavingReason = row.Code("leaving_reason", Codes.LeavingReasons, required: false);
        var managerId = row.Identifier("line_manager_id", required: false);

        if (teamCode is not null && !references.TeamCodes!.Contains(teamCode))
        {
            row.Error("team_code", teamCode, "unknown team: not in teams.csv");
        }

        if (fte is { } f && (f <= 0 || f > 1))
        {
            row.Error("fte", row.Raw("fte"), "fte must be more than 0 and at most 1");
        }

        if (start is { } s && end is { } e && e < s)
        {
            row.Error("end_date", row.Raw("end_date"), "end_date is before start_date");
        }

        if (workerId is not null)
        {
            _workerIds.Add(workerId);
        }

        if (managerId is not null)
        {
            _managerReferences.Add((row.Line, managerId));
        }

        values["worker_id"] = workerId;
        values["display_name"] = row.Text("display_name", required: false);
        values["team_code"] = teamCode;
        values["role"] = role is { } r ? Codes.Roles.Word(r) : null;
        values["employment_type"] = employmentType is { } t ? Codes.EmploymentTypes.Word(t) : null;
        values["fte"] = fte is { } fteValue ? (double)fteValue : null;
        values["start_date"] = Iso(start);
        values["end_date"] = Iso(end);
        values["leaving_reason"] = leavingReason is { } l ? Codes.LeavingReasons.Word(l) : null;
        values["qualified_date"] = Iso(row.Date("qualified_date", required: false));
        values["line_manager_id"] = managerId;
        AgencyColumns.Convert(row, values);
    }

    public override void Complete(IssueLog issues)
    {
        foreach (var (line, managerId) in _managerReferences.Where(m => !_workerIds.Contains(m.ManagerId)))
        {
            issues.Add(ImportIssue.RowError(line, "line_manager_id", managerId, "unknown worker: no spell in workers.csv has this worker_id"));
        }
    }

    public override void Publish(ImportReferences references) => references.WorkerIds = _workerIds;
}

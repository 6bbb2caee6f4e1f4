using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>allocations.csv (caseload extract): one row per allocation of a child to a worker.</summary>
public sealed class AllocationsExtract : ExtractDefinition
{
    public override ExtractKind Kind => ExtractKind.Allocations;

    public override string FileName => "allocations.csv";

    public override IReadOnlyList<ExtractColumn> Columns { get; } =
    [
        new("child_id", true),
        new("worker_id", true),
        new("start_date", true),
        new("end_date", false),
        new("case_type", true),
        new("change_reason", false),
        new("family_id", false),
    ];

    public override ExtractTable Table { get; } = new("allocations", ["child_id", "worker_id", "start_date", "end_date", "case_type", "change_reason", "family_id", "source_line"], []);

    public override void Convert(ExtractRow row, ImportReferences references, TableRow values)
    {
        var workerId = row.Identifier("worker_id", required: true);
        var start = row.Date("start_date", required: true, out var startIso);
        var end = row.Date("end_date", required: false, out var endIso);
        var caseType = row.Code("case_type", Codes.CaseTypes, required: true);
        if (workerId is not null && !references.WorkerIds!.Contains(workerId))
        {
            row.Error("worker_id", workerId, "unknown worker: not in workers.csv");
        }

        if (start is { } s && end is { } e && e < s)
        {
            row.Error("end_date", row.Raw("end_date"), "end_date is before start_date");
        }

        values["child_id"] = row.Identifier("child_id", required: true);
        values["worker_id"] = workerId;
        values["start_date"] = startIso;
        values["end_date"] = endIso;
        values["case_type"] = caseType is { } c ? Codes.CaseTypes.Word(c) : null;
        // Optional: blank is "not recorded"; an unknown code is a row error (extracts.md).
        values["change_reason"] = row.Code("change_reason", Codes.ChangeReasons, required: false) is { } reason ? Codes.ChangeReasons.Word(reason) : null;
        // Optional: the household or sibling group; blank is a family of one (balancing keeps a family's children together).
        values["family_id"] = row.Identifier("family_id", required: false);
    }
}

using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>establishment.csv: funded FTE per team and role, keyed by (team_code, role).</summary>
public sealed class EstablishmentExtract : ExtractDefinition
{
    public override ExtractKind Kind => ExtractKind.Establishment;

    public override string FileName => "establishment.csv";

    public override IReadOnlyList<ExtractColumn> Columns { get; } =
    [
        new("team_code", true),
        new("role", true),
        new("establishment_fte", true),
    ];

    public override ExtractTable Table { get; } = new("establishment", ["team_code", "role", "establishment_fte", "source_line"], ["team_code", "role"]);


    public override void Convert(ExtractRow row, ImportReferences references, TableRow values)
    {
        var teamCode = row.Identifier("team_code", required: true);
        var role = row.Code("role", Codes.Roles, required: true);
        var fte = row.Number("establishment_fte", required: true);
        if (teamCode is not null && !references.TeamCodes!.Contains(teamCode))
        {
            row.Error("team_code", teamCode, "unknown team: not in teams.csv");
        }

        if (fte < 0)
        {
            row.Error("establishment_fte", row.Raw("establishment_fte"), "establishment_fte must be 0 or more");
        }

        values["team_code"] = teamCode;
        values["role"] = role is { } r ? Codes.Roles.Word(r) : null;
        values["establishment_fte"] = fte is { } f ? (double)f : null;
    }
}

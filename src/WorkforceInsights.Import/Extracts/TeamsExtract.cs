using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>teams.csv: one row per team, keyed by team_code.</summary>
public sealed class TeamsExtract : ExtractDefinition
{
    private readonly HashSet<string> _teamCodes = new(StringComparer.Ordinal);

    public override ExtractKind Kind => ExtractKind.Teams;

    public override string FileName => "teams.csv";

    public override IReadOnlyList<ExtractColumn> Columns { get; } =
    [
        new("team_code", true),
        new("team_name", true),
        new("service_area", true),
        new("locality", false),
    ];

    public override ExtractTable Table { get; } = new("teams", ["team_code", "team_name", "service_area", "locality", "source_line"], ["team_code"]);


    public override void Convert(ExtractRow row, ImportReferences references, TableRow values)
    {
        var teamCode = row.Identifier("team_code", required: true);
        values["team_code"] = teamCode;
        values["team_name"] = row.Text("team_name", required: true);
        values["service_area"] = row.Text("service_area", required: true);
        values["locality"] = row.Text("locality", required: false);
        if (teamCode is not null)
        {
            _teamCodes.Add(teamCode);
        }
    }

    public override void Publish(ImportReferences references) => references.TeamCodes = _teamCodes;
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Balancing;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// What `wi balance` and `wi handovers` share: the date (default: the extract date; never after it), the scope from
/// --team or --area (an unknown one is a failure), and the facts of balancing.md read for them.
/// </summary>
/// <param name="ScopeKind">"team" or "area", or null for the council.</param>
/// <param name="ScopeName">The team code or service area as the extracts name it.</param>
public sealed record BalancingRun(DateOnly AsOf, string? ScopeKind, string? ScopeName, BalancingOptions Options, BalancingFacts Facts)
{
    public static async Task<BalancingRun> ReadAsync(IHost host, CliArguments arguments, bool scopeRequired)
    {
        var team = arguments.Option("team");
        var area = arguments.Option("area");
        if ((team is not null && area is not null) || (scopeRequired && team is null && area is null))
        {
            throw new CliUsageException($"'wi {arguments.Verb}' takes {(scopeRequired ? "one of" : "at most one of")} --team CODE or --area NAME.");
        }

        var asOf = arguments.Option("as-of") is null ? (DateOnly?)null : arguments.AsOfDate();
        var options = host.Get<IOptions<BalancingOptions>>().Value;
        await host.Get<SchemaMigrator>().MigrateAsync();
        var extractDate = (await host.Get<DataStateStore>().ReadAsync()).ExtractDate;
        var date = asOf ?? extractDate ?? throw new InvalidOperationException("No extracts are imported yet: import the council's extracts first (wi import <folder>), or give --as-of.");
        if (extractDate is { } e && date > e)
        {
            throw new InvalidOperationException($"--as-of {IsoDate.Of(date)} is after the data's extract date {IsoDate.Of(e)}: the extracts do not yet describe that day.");
        }

        var teams = await host.Get<TeamsQuery>().RunAsync();
        var (kind, name, codes) = (team, area) switch
        {
            ({ } code, _) => teams.FirstOrDefault(t => t.TeamCode == code.Trim()) is { } t
                ? ("team", t.TeamCode, (IReadOnlyCollection<string>?)[t.TeamCode])
                : throw new InvalidOperationException($"Unknown team '{code}': teams.csv has no such team_code."),
            (_, { } areaName) => teams.Where(t => string.Equals(t.ServiceArea.Trim(), areaName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } inArea
                ? ("area", inArea[0].ServiceArea, [.. inArea.Select(t => t.TeamCode)])
                : throw new InvalidOperationException($"Unknown service area '{areaName}': no team in teams.csv has it."),
            _ => ((string?)null, (string?)null, (IReadOnlyCollection<string>?)null),
        };
        var inputs = await host.Get<BalancingInputsQuery>().RunAsync(date, codes, areaScope: kind != "team");
        var facts = BalancingFactsBuilder.Build(inputs, options, host.Get<IOptions<MetricTargets>>().Value);
        return new BalancingRun(date, kind, name, options, facts);
    }

    public static string Format(CliArguments arguments)
    {
        var format = arguments.Option("format") ?? "table";
        return format is "json" or "table" ? format : throw new CliUsageException($"--format is json or table, not '{format}'.");
    }
}

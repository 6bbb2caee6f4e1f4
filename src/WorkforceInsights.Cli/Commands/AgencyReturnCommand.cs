using WorkforceInsights.Core.Agency;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi agency-return --quarter yyyy-Qn [--format csv|json] [--db P]`: the quarterly agency return of agency.md.</summary>
public static class AgencyReturnCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("quarter", "db", "format");
        var quarter = CalendarQuarter.Parse(arguments.Option("quarter"))
            ?? throw new CliUsageException($"--quarter is a calendar quarter as yyyy-Qn (e.g. 2026-Q3), not '{arguments.Option("quarter")}'.");
        var format = arguments.Option("format") ?? "csv";
        if (format is not ("csv" or "json"))
        {
            throw new CliUsageException($"--format is csv or json, not '{format}'.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var inputs = await host.Get<AgencyInputsReader>().ReadAsync()
            ?? throw new InvalidOperationException("No extracts have been imported: run `wi import` first.");
        var agencyReturn = inputs.ReturnFor(quarter);
        if (format == "json")
        {
            output.WriteLine(AgencyReturnJson.Write(agencyReturn));
        }
        else
        {
            AgencyReturnCsv.Write(agencyReturn, output);
        }

        return 0;
    }
}

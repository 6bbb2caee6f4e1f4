using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// `wi import &lt;folder&gt; [--db P]`: imports every known extract in the folder and prints a report
/// per file. Exit 0 when every file present loaded, 2 when any was rejected, 1 on other failures.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("db");
        if (arguments.Positional.Count != 1)
        {
            throw new CliUsageException("'wi import' needs the folder holding the extract files: wi import <folder>.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var report = await host.Get<ExtractFolderImporter>().ImportAsync(arguments.Positional[0], "cli", new ProgressPrinter(output));
        ImportReportWriter.Write(report, output);
        return report.ExitCode;
    }

    private sealed class ProgressPrinter(TextWriter output) : IImportObserver
    {
        public void RowsRead(ExtractKind kind, long rowsRead)
        {
            if (rowsRead % 100_000 == 0)
            {
                output.WriteLine($"  {kind.ToString().ToLowerInvariant()}: {rowsRead:N0} rows read...");
            }
        }
    }
}

using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Importers;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// `wi import &lt;folder&gt; [--extract-date yyyy-MM-dd] [--allow-shrink] [--db P]`: imports every known extract in the
/// folder and prints a report per file. Exit 0 when every file present loaded, 2 when any was rejected, 1 on other
/// failures, 3 when another import holds the database (nothing was changed).
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("db", "extract-date", "allow-shrink");
        var extractDate = arguments.Option("extract-date") is { } text
            ? Core.Periods.IsoDate.TryParse(text, out var date) ? date : throw new CliUsageException($"--extract-date expects a date as yyyy-MM-dd, not '{text}'.")
            : (DateOnly?)null;
        if (arguments.Positional.Count != 1)
        {
            throw new CliUsageException("'wi import' needs the folder holding the extract files: wi import <folder>.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var report = await host.Get<ExtractFolderImporter>().ImportAsync(arguments.Positional[0], "cli", new ProgressPrinter(output),
            new ImportOptions(extractDate, AllowShrink: arguments.Option("allow-shrink") is not null));
        if (report.ExitCode == 3)
        {
            output.WriteLine("Another import is running on this database: nothing was read or changed. Run this import again when it has finished.");
            return 3;
        }

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

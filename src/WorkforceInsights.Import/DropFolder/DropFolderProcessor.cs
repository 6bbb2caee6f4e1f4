using System.Globalization;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.DropFolder;

/// <summary>
/// The nightly import of a drop folder: imports what is there (the same code as `wi import`),
/// then moves loaded and unchanged files to archive/&lt;timestamp&gt;/ and rejected or failed ones to
/// rejected/&lt;timestamp&gt;/ with the import report written beside them. Nothing is deleted.
/// </summary>
public sealed class DropFolderProcessor(ExtractFolderImporter importer, TimeProvider clock)
{
    public const string ReportFileName = "import-report.txt";

    /// <param name="dropFolder">The folder the extract job writes to.</param>
    /// <param name="triggeredBy">Who started it, for the audit.</param>
    /// <param name="requireManifest">Leave the folder alone until manifest.json (the ready marker) is there.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    public async Task<ImportRunReport?> ProcessAsync(string dropFolder, string triggeredBy, bool requireManifest = false, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dropFolder);
        if (ExtractFiles.Find(dropFolder).Found.Count == 0 || (requireManifest && !File.Exists(Path.Combine(dropFolder, ExtractManifest.FileName))))
        {
            return null;
        }

        var report = await importer.ImportAsync(dropFolder, triggeredBy, cancellationToken: cancellationToken);
        if (report.Outcome == ImportOutcome.Busy)
        {
            return report; // another import holds the database: the files stay for the next run
        }

        var stamp = clock.GetLocalNow().ToString("yyyy-MM-dd'T'HHmmss", CultureInfo.InvariantCulture);
        var archive = Path.Combine(dropFolder, "archive", stamp);
        var rejected = Path.Combine(dropFolder, "rejected", stamp);
        foreach (var file in report.Files)
        {
            var keep = file.Outcome is ImportOutcome.Loaded or ImportOutcome.Unchanged;
            var target = keep ? archive : rejected;
            Directory.CreateDirectory(target);
            File.Move(Path.Combine(dropFolder, file.FileName), Path.Combine(target, file.FileName), overwrite: true);
        }

        var manifest = Path.Combine(dropFolder, ExtractManifest.FileName);
        if (File.Exists(manifest))
        {
            var target = report.Files.All(f => f.Outcome is ImportOutcome.Loaded or ImportOutcome.Unchanged) ? archive : rejected;
            Directory.CreateDirectory(target);
            File.Move(manifest, Path.Combine(target, ExtractManifest.FileName), overwrite: true);
        }

        foreach (var folder in new[] { archive, rejected }.Where(Directory.Exists))
        {
            using var writer = new StreamWriter(Path.Combine(folder, ReportFileName));
            ImportReportWriter.Write(report, writer);
        }

        return report;
    }
}

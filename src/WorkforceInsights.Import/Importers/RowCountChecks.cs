using System.Globalization;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Whole-file checks on the number of data rows, made after reading and before the swap, so a failing file
/// changes nothing: the manifest's count (an incomplete transfer), and the shrink guard (a file far smaller than
/// the last one loaded usually means a failed or partial extract, and it would replace every row of its kind).
/// </summary>
/// <param name="ManifestRows">The data rows manifest.json lists for the file, if it lists it.</param>
/// <param name="PreviousRows">The rows of the file of this kind loaded last, if any.</param>
/// <param name="MinimumShare">The share of <paramref name="PreviousRows"/> below which the file is refused; null when shrinking is allowed.</param>
public sealed record RowCountChecks(long? ManifestRows, long? PreviousRows, double? MinimumShare)
{
    public void Check(ExtractDefinition definition, long rowsRead, IssueLog issues)
    {
        if (ManifestRows is { } listed && rowsRead != listed)
        {
            issues.Add(ImportIssue.FileError(string.Create(CultureInfo.InvariantCulture,
                $"{definition.FileName} has {rowsRead:N0} data rows but {ExtractManifest.FileName} says {listed:N0}: the transfer looks incomplete, so the file was not loaded.")));
        }

        if (MinimumShare is { } share && PreviousRows is { } previous and > 0 && rowsRead > 0 && rowsRead < previous * share)
        {
            issues.Add(ImportIssue.FileError(string.Create(CultureInfo.InvariantCulture,
                $"{definition.FileName} has {rowsRead:N0} data rows, under {share:P0} of the {previous:N0} loaded last time: it was not loaded, in case the extract is partial. If the fall is real, import it with --allow-shrink.")));
        }
    }
}

using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.State;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Keeps each kind's declared history start with the data it describes: a file that loads, or is unchanged, takes
/// its historyStart from the manifest it came with (none: inferred from its rows). A file that did not load keeps the
/// start of the data still in place. A staged file's start is recorded by the run's swap, in its transaction.
/// </summary>
internal static class HistoryStartRecorder
{
    /// <summary>Has the run's swap record a staged file's start, in the transaction that swaps its rows in.</summary>
    public static void DeclareForSwap(Data.Loading.IImportStaging staging, ExtractKind kind, ExtractManifest.Entry? entry, string outcome)
    {
        if (outcome == ImportOutcome.Staged && SourceOf(kind) is { } source)
        {
            staging.DeclareHistoryStart(source, entry?.HistoryStart);
        }
    }

    public static async Task RecordAsync(DataStateStore? dataState, ExtractKind kind, ExtractManifest.Entry? entry, string outcome, CancellationToken cancellationToken)
    {
        if (dataState is null || outcome is not (ImportOutcome.Loaded or ImportOutcome.Unchanged) || SourceOf(kind) is not { } source)
        {
            return;
        }

        await dataState.SetHistoryStartAsync(source, entry?.HistoryStart, cancellationToken);
    }

    private static HistorySource? SourceOf(ExtractKind kind) => kind switch
    {
        ExtractKind.Workers => HistorySource.Workers,
        ExtractKind.Allocations => HistorySource.Allocations,
        ExtractKind.Referrals => HistorySource.Referrals,
        _ => null,
    };
}

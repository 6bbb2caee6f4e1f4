namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One import run's new data, staged table by table on a connection of its own, then swapped in whole: every
/// accepted table, the data generation and the run's audit in one transaction. Until that commits, readers (and a
/// process that starts after a crash) see the previous data of every kind; disposing without swapping drops what was
/// staged.
/// </summary>
public interface IImportStaging : IAsyncDisposable
{
    /// <summary>Starts staging one table's new rows (see <see cref="ITableReplacement"/>).</summary>
    /// <param name="table">The table the rows will replace.</param>
    /// <param name="onDuplicateKey">Called with the values of each row whose key repeats an earlier row's.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The history start manifest.json declares for an accepted file's kind (null: none, inferred from its rows), to be
    /// recorded by the swap with the data it describes, so a run that dies first leaves the data and its start as they were.
    /// </summary>
    void DeclareHistoryStart(Core.Metrics.History.HistorySource kind, DateOnly? historyStart);

    /// <summary>The tables accepted so far, in the order they were staged (the run's load order).</summary>
    IReadOnlyList<ExtractTable> Accepted { get; }

    /// <summary>
    /// In one transaction: each accepted table's rows replaced by its staged rows, the data generation raised once with
    /// <paramref name="extractDate"/> made the data's extract date, and the run's staged audit files marked loaded.
    /// Nothing when no table was accepted.
    /// </summary>
    Task SwapAllAsync(long runId, DateOnly extractDate, CancellationToken cancellationToken = default);
}

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One table's new rows, staged for the run's swap (<see cref="IImportStaging.SwapAllAsync"/>). The table itself is
/// untouched until then. <see cref="AcceptAsync"/> keeps the rows for the swap; disposing without accepting drops
/// them, so the previous data of the kind stays.
/// </summary>
public interface ITableReplacement : IAsyncDisposable
{
    /// <summary>
    /// Adds one row (values in <see cref="ExtractTable.Columns"/> order; the array may be reused by
    /// the caller). Rows may be written in batches: a row whose key repeats an earlier one is
    /// reported to the duplicate-key callback given to <see cref="IImportStaging.StageAsync"/>,
    /// at the latest by <see cref="Flush"/>.
    /// </summary>
    void Insert(object?[] values);

    /// <summary>Writes any buffered rows, so every duplicate key has been reported.</summary>
    void Flush();

    /// <summary>Keeps the staged rows for the run's swap.</summary>
    Task AcceptAsync(CancellationToken cancellationToken = default);
}

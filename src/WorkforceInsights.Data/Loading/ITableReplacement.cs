namespace WorkforceInsights.Data.Loading;

/// <summary>
/// Replaces every row of one table inside one transaction. Readers keep seeing the previous rows
/// until <see cref="CommitAsync"/>; disposing without committing rolls back, leaving them intact.
/// </summary>
public interface ITableReplacement : IAsyncDisposable
{
    /// <summary>
    /// Adds one row (values in <see cref="ExtractTable.Columns"/> order; the array may be reused by
    /// the caller). Rows may be written in batches: a row whose key repeats an earlier one is
    /// reported to the duplicate-key callback given to <see cref="ITableReplacer.BeginAsync"/>,
    /// at the latest by <see cref="Flush"/>.
    /// </summary>
    void Insert(object?[] values);

    /// <summary>Writes any buffered rows, so every duplicate key has been reported.</summary>
    void Flush();

    Task CommitAsync(CancellationToken cancellationToken = default);
}

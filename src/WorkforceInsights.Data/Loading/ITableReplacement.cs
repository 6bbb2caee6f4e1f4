namespace WorkforceInsights.Data.Loading;

/// <summary>
/// Replaces every row of one table inside one transaction. Readers keep seeing the previous rows
/// until <see cref="CommitAsync"/>; disposing without committing rolls back, leaving them intact.
/// </summary>
public interface ITableReplacement : IAsyncDisposable
{
    /// <summary>Adds one row; values are in <see cref="ExtractTable.Columns"/> order.</summary>
    InsertOutcome Insert(object?[] values);

    Task CommitAsync(CancellationToken cancellationToken = default);
}

namespace WorkforceInsights.Data.Loading;

/// <summary>Starts table replacements on the configured database.</summary>
public interface ITableReplacer
{
    /// <param name="table">The table to replace.</param>
    /// <param name="onDuplicateKey">Called with the values of each row whose key repeats an earlier row's.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    Task<ITableReplacement> BeginAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default);
}

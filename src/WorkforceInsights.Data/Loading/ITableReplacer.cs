namespace WorkforceInsights.Data.Loading;

/// <summary>Starts table replacements on the configured database.</summary>
public interface ITableReplacer
{
    Task<ITableReplacement> BeginAsync(ExtractTable table, CancellationToken cancellationToken = default);
}

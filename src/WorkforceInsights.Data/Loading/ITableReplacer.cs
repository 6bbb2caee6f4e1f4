namespace WorkforceInsights.Data.Loading;

/// <summary>Starts an import run's staging on the configured database.</summary>
public interface ITableReplacer
{
    /// <summary>Opens the staging one import run fills file by file and swaps in at its end (<see cref="IImportStaging"/>).</summary>
    Task<IImportStaging> BeginRunAsync(CancellationToken cancellationToken = default);
}

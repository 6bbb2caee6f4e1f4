using System.Data.Common;
using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One run's staging on SQL Server (see <see cref="SqlServerTableReplacer"/>): one session holds every accepted file's
/// #table until the swap. The #tables hold text; the swap's INSERT … SELECT converts it to the tables' types.
/// </summary>
internal sealed class SqlServerImportStaging(SqlConnection connection) : ImportStaging(connection, DatabaseProvider.SqlServer)
{
    public override async Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default)
    {
        await using var create = connection.CreateCommand();
        create.CommandText = SqlServerLoadStatements.DropStaging(table) + "\n" + SqlServerLoadStatements.CreateStaging(table);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new SqlServerTableReplacement(this, connection, table, onDuplicateKey);
    }

    protected override async Task<DbTransaction> BeginSwapAsync(CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    protected override string Swap(ExtractTable table) => SqlServerLoadStatements.Swap(table);

    /// <summary>A pooled session drops its #tables only when it is reused, so the accepted files' are dropped here.</summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (Accepted.Count > 0)
            {
                await using var drop = connection.CreateCommand();
                drop.CommandText = string.Join("\n", Accepted.Select(SqlServerLoadStatements.DropStaging));
                await drop.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // A connection left unusable (by the error that ended the run) has lost its session and its #tables.
        }
        finally
        {
            await base.DisposeAsync();
        }
    }
}

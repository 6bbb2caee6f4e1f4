using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One run's staging on SQLite (see <see cref="SqliteTableReplacer"/>). A staged table has its table's columns, types
/// and NOT NULL rules (read from the database's own schema) and a unique index on the key, so a bad row is caught
/// while its file loads, not at the swap. Staging writes only the TEMP database, in a deferred transaction per file,
/// which takes no lock on the database: the audit's own connections commit beside it. Statements are built from
/// <see cref="ExtractTable"/>'s code constants and the schema's declared types, never from input.
/// </summary>
internal sealed class SqliteImportStaging(SqliteConnection connection) : ImportStaging(connection, DatabaseProvider.Sqlite)
{
    public static string StagingName(ExtractTable table) => $"temp.staged_{table.Name}";

    public override async Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default)
    {
        var create = await CreateStagingAsync(table, cancellationToken);
        var transaction = connection.BeginTransaction(deferred: true);
        try
        {
            // Created inside the file's transaction, so a rejected file's rollback drops the table with its rows.
            await connection.ExecuteAsync(new CommandDefinition(create, transaction: transaction, cancellationToken: cancellationToken));
            return new SqliteTableReplacement(this, connection, transaction, table, onDuplicateKey);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private async Task<string> CreateStagingAsync(ExtractTable table, CancellationToken cancellationToken)
    {
        var declared = (await connection.QueryAsync<(string Name, string Type, long NotNull)>(new CommandDefinition(
                "SELECT name, type, \"notnull\" FROM pragma_table_info(@table, 'main')", new { table = table.Name }, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
        var columns = table.Columns.Select(c => declared.TryGetValue(c, out var column)
            ? $"{c} {column.Type}{(column.NotNull == 1 ? " NOT NULL" : string.Empty)}"
            : throw new InvalidOperationException($"The table {table.Name} has no column {c}."));
        var name = table.Name;
        return $"DROP TABLE IF EXISTS {StagingName(table)};\nCREATE TEMP TABLE staged_{name} ({string.Join(", ", columns)});\n"
            + (table.KeyColumns.Count == 0 ? string.Empty : $"CREATE UNIQUE INDEX temp.ux_staged_{name} ON staged_{name} ({string.Join(", ", table.KeyColumns)});\n");
    }

    protected override Task<DbTransaction> BeginSwapAsync(CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: false));

    /// <summary>In the order the rows were staged (rowid), so each row's id follows its file's order as a direct load's would.</summary>
    protected override string Swap(ExtractTable table)
    {
        var columns = string.Join(", ", table.Columns);
        return $"DELETE FROM main.{table.Name};\nINSERT INTO main.{table.Name} ({columns}) SELECT {columns} FROM {StagingName(table)} ORDER BY rowid;";
    }
}

using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One run's staging on SQLite (see <see cref="SqliteTableReplacer"/>). Each file's rows go into a TEMP copy of its
/// table. Staging writes only the TEMP database, in a deferred transaction per file, which takes no lock on the
/// database: the audit's own connections commit beside it. Statements are built from <see cref="ExtractTable"/>'s code
/// constants and the schema scripts' own statements, never from input.
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

    /// <summary>
    /// A TEMP copy of the table as the schema scripts made it: its CREATE TABLE and CREATE INDEX statements, as SQLite
    /// keeps them in sqlite_master, renamed. Being the same table (columns, types, NOT NULL rules, key, indexes) makes a
    /// bad row or a duplicate key fail while its file loads, as it would in the table, and lets the swap copy it with
    /// SQLite's transfer optimisation (whole records and sorted index entries, not row by row).
    /// </summary>
    private async Task<string> CreateStagingAsync(ExtractTable table, CancellationToken cancellationToken)
    {
        var name = table.Name;
        var statements = new List<string> { $"DROP TABLE IF EXISTS {StagingName(table)};" };
        var schema = await connection.QueryAsync<(string Type, string Sql)>(new CommandDefinition(
            "SELECT type, sql FROM main.sqlite_master WHERE tbl_name = @name AND sql IS NOT NULL ORDER BY type DESC", new { name }, cancellationToken: cancellationToken));
        foreach (var (type, sql) in schema)
        {
            var renamed = type == "table"
                ? Regex.Replace(sql, $@"^CREATE TABLE {name} \(", $"CREATE TEMP TABLE staged_{name} (")
                : Regex.Replace(sql, $@"^CREATE (UNIQUE )?INDEX (\w+)\s+ON {name} \(", $"CREATE $1INDEX temp.staged_$2 ON staged_{name} (");
            statements.Add(renamed != sql ? renamed + ";" : throw new InvalidOperationException($"Cannot stage {name}: its schema has a {type} statement of an unexpected form."));
        }

        return string.Join("\n", statements);
    }

    /// <summary>
    /// <c>INSERT … SELECT *</c> from a copy of the same table into the emptied table, with nothing else in the statement,
    /// is the form SQLite's transfer optimisation needs; it keeps each row's id (ids in the file's order, from 1, as a
    /// direct load into the emptied table gave).
    /// </summary>
    protected override string Swap(ExtractTable table) =>
        $"DELETE FROM main.{table.Name};\nINSERT INTO main.{table.Name} SELECT * FROM {StagingName(table)};";

    protected override Task<DbTransaction> BeginSwapAsync(CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: false));
}

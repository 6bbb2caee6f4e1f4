using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Migrations;

/// <summary>
/// Applies the numbered, forward-only scripts of sql/schema/&lt;provider&gt;/ that the journal table
/// does not list yet, each in its own transaction. DbUp does the same; it is not obtainable here.
/// </summary>
public sealed partial class SchemaMigrator(IDbConnectionFactory connections, TimeProvider clock)
{
    private const string JournalScript = "0000_create_schema_journal.sql";

    /// <summary>Applies pending scripts; returns the names of those applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = SchemaFolder(connections.Provider);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await ExecuteScriptAsync(connection, null, SqlResources.Read(folder + JournalScript));

        var applied = (await connection.QueryAsync<string>(SqlQuery.Load("migrations/applied_scripts", connections.Provider))).ToHashSet();
        var appliedNow = new List<string>();
        foreach (var resource in SqlResources.List(folder))
        {
            var name = resource[folder.Length..];
            if (name == JournalScript || applied.Contains(name))
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteScriptAsync(connection, transaction, SqlResources.Read(resource));
            await connection.ExecuteAsync(
                SqlQuery.Load("migrations/record_script", connections.Provider),
                new { name, appliedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            appliedNow.Add(name);
        }

        return appliedNow;
    }

    public static string SchemaFolder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "sql/schema/sqlserver/",
        _ => "sql/schema/sqlite/",
    };

    private static async Task ExecuteScriptAsync(DbConnection connection, DbTransaction? transaction, string script)
    {
        // T-SQL scripts use GO batch separators, which are a client convention, not SQL.
        foreach (var batch in GoSeparator().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            await connection.ExecuteAsync(batch, transaction: transaction);
        }
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}

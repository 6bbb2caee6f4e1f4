using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.Extracts;

namespace WorkforceInsights.Data.Tests.SqlServer;

/// <summary>
/// Every statement the SQL Server path sends: the schema scripts (the migrator runs them), each query file
/// as SQL Server reads it (<c>name.sqlserver.sql</c> where one overrides the portable <c>name.sql</c>), and the
/// loader's staging, duplicate-key, swap and drop statements for every table it replaces.
/// </summary>
public static class SqlServerStatements
{
    private const string QueryFolder = "sql/queries/";

    public static IEnumerable<SqlServerStatement> SchemaScripts() =>
        SqlResources.List(SchemaMigrator.SchemaFolder(WorkforceInsights.Data.Connections.DatabaseProvider.SqlServer))
            .Select(name => new SqlServerStatement(name, SqlResources.Read(name)));

    /// <summary>Each query by its logical name, in the file SQL Server reads; a query with only a SQLite file is a gap, reported as such.</summary>
    public static IEnumerable<SqlServerStatement> Queries()
    {
        var files = SqlResources.List(QueryFolder);
        foreach (var name in files.Select(LogicalName).Distinct(StringComparer.Ordinal))
        {
            var chosen = new[] { $"{name}.sqlserver.sql", $"{name}.sql" }.FirstOrDefault(files.Contains);
            yield return chosen is null
                ? new SqlServerStatement($"{name}.sqlite.sql", "RAISERROR('This query has a SQLite file and no SQL Server one.', 16, 1);")
                : new SqlServerStatement(chosen, SqlResources.Read(chosen));
        }
    }

    /// <summary>The loader's statements for one table, in the order they run on one connection (the temp table first).</summary>
    public static SqlServerStatement Loader(ExtractTable table) => new(
        $"loader for {table.Name} (SqlServerLoadStatements)",
        string.Join("\n", new[]
        {
            SqlServerLoadStatements.CreateStaging(table),
            table.KeyColumns.Count > 0 ? SqlServerLoadStatements.FindDuplicateKeys(table) : null,
            SqlServerLoadStatements.Swap(table),
            SqlServerLoadStatements.DropStaging(table),
        }.OfType<string>()));

    public static IEnumerable<SqlServerStatement> Loaders() =>
        ExtractCatalog.CreateInLoadOrder().Select(e => e.Table).Select(Loader);

    /// <summary>The refresh's statements for the stored results, in the order they run on one connection: staging tables, each table's copy, the drop.</summary>
    public static SqlServerStatement ResultsWriter()
    {
        var writer = new SqlServerStoredResultsWriter(new SqlServerConnectionFactory("Server=(not connected)"));
        return new("stored results writer (SqlServerStoredResultsWriter)", string.Join("\n",
            [writer.CreateStaging(), .. StoredResultTables.All.Select(writer.CopyStaged), writer.DropStaging()]));
    }

    /// <summary>Everything a query, a load or a refresh sends (the schema scripts are the model's own input).</summary>
    public static IEnumerable<SqlServerStatement> All() => Queries().Concat(Loaders()).Append(ResultsWriter());

    private static string LogicalName(string file) =>
        file.EndsWith(".sqlserver.sql", StringComparison.Ordinal) ? file[..^".sqlserver.sql".Length]
        : file.EndsWith(".sqlite.sql", StringComparison.Ordinal) ? file[..^".sqlite.sql".Length]
        : file[..^".sql".Length];
}

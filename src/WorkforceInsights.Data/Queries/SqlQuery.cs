using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries;

/// <summary>
/// Loads a query file from sql/queries/. A file named &lt;name&gt;.sqlite.sql or &lt;name&gt;.sqlserver.sql
/// beside the portable one overrides it for that engine, so dialect differences sit side by side.
/// </summary>
public static class SqlQuery
{
    public static string Load(string name, DatabaseProvider provider)
    {
        var dialect = provider == DatabaseProvider.SqlServer ? "sqlserver" : "sqlite";
        var specific = $"sql/queries/{name}.{dialect}.sql";
        return SqlResources.List("sql/queries/").Contains(specific)
            ? SqlResources.Read(specific)
            : SqlResources.Read($"sql/queries/{name}.sql");
    }
}

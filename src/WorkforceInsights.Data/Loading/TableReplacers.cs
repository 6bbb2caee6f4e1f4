using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>The table replacer for the configured engine: the one place the loading path is chosen.</summary>
public static class TableReplacers
{
    public static ITableReplacer Create(IDbConnectionFactory connections) => connections.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTableReplacer(connections),
        DatabaseProvider.SqlServer => new SqlServerTableReplacer(connections),
        _ => throw new NotSupportedException($"No table loader for {connections.Provider}."),
    };
}

using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>The table replacer for the configured engine.</summary>
public static class TableReplacers
{
    public static ITableReplacer Create(IDbConnectionFactory connections) => connections.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTableReplacer(connections),
        _ => throw new NotSupportedException(
            $"Loading extracts into {connections.Provider} is not built yet; use the SQLite provider."),
    };
}

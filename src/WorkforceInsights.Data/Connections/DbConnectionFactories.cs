namespace WorkforceInsights.Data.Connections;

/// <summary>Chooses the connection factory from configuration: the one place the provider is decided.</summary>
public static class DbConnectionFactories
{
    public static IDbConnectionFactory Create(DatabaseOptions options)
    {
        var problems = options.Validate().Select(r => r.ErrorMessage).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnectionFactory(options.SqlitePath),
            DatabaseProvider.SqlServer => new SqlServerConnectionFactory(options.ConnectionString!),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'."),
        };
    }
}

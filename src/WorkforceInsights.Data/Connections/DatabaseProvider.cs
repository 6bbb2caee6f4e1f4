namespace WorkforceInsights.Data.Connections;

/// <summary>The database engines WorkforceInsights runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the default, for trying the product and small teams.</summary>
    Sqlite,

    /// <summary>Production: the council's SQL Server.</summary>
    SqlServer,
}

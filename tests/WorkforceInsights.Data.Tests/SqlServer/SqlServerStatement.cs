namespace WorkforceInsights.Data.Tests.SqlServer;

/// <summary>One piece of T-SQL the SQL Server path sends, named by where it comes from (a sql/ file, or the loader for a table).</summary>
public sealed record SqlServerStatement(string Source, string Text)
{
    public override string ToString() => Source;
}

namespace WorkforceInsights.Data;

/// <summary>Dapper settings every query relies on: snake_case columns map to PascalCase members; dates are DateOnly.</summary>
internal static class DapperConventions
{
    private static int s_applied;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref s_applied, 1) == 0)
        {
            Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
            Dapper.SqlMapper.RemoveTypeMap(typeof(DateOnly));
            Dapper.SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        }
    }
}

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// The T-SQL a SQL Server table replacement sends, built from a table's code-constant column names
/// (never from input). One place, so the loader sends exactly what the T-SQL check
/// (tests: SqlServerStatementsTests) parses and validates against the schema for every table.
/// </summary>
public static class SqlServerLoadStatements
{
    public static string StagingName(ExtractTable table) => $"#staging_{table.Name}";

    /// <summary>A session temp table of text columns; the swap's INSERT … SELECT converts to the table's types.</summary>
    public static string CreateStaging(ExtractTable table) =>
        $"CREATE TABLE {StagingName(table)} ({string.Join(", ", table.Columns.Select(c => c == "source_line"
            ? "source_line bigint NOT NULL"
            : $"{c} nvarchar(4000) COLLATE Latin1_General_100_BIN2 NULL"))});";

    /// <summary>Every staged row whose key repeats an earlier line's, in line order.</summary>
    public static string FindDuplicateKeys(ExtractTable table)
    {
        var columns = string.Join(", ", table.Columns);
        return $"""
            SELECT {columns}
            FROM (SELECT {columns},
                         ROW_NUMBER() OVER (PARTITION BY {string.Join(", ", table.KeyColumns)} ORDER BY source_line) AS occurrence
                  FROM {StagingName(table)}) AS staged
            WHERE occurrence > 1
            ORDER BY source_line;
            """;
    }

    /// <summary>Drops a file's staging table (a rejected file's, or one an earlier use of the session left).</summary>
    public static string DropStaging(ExtractTable table) => $"DROP TABLE IF EXISTS {StagingName(table)};";

    /// <summary>One table's part of the run's swap (one transaction for every accepted table): its rows replaced by the staged ones.</summary>
    public static string Swap(ExtractTable table)
    {
        var columns = string.Join(", ", table.Columns);
        return $"DELETE FROM dbo.{table.Name}; INSERT INTO dbo.{table.Name} ({columns}) SELECT {columns} FROM {StagingName(table)};";
    }
}

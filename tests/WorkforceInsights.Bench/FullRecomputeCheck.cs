using Microsoft.Data.Sqlite;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Bench;

/// <summary>
/// A nightly refresh may recompute only the dates an import changed because the result equals a full
/// recompute. This checks it at the bench's scale: a copy of the database the nightly import left is recomputed in
/// full, and every stored-results table of the two is compared: each distinct row and how often it is stored.
/// </summary>
public static class FullRecomputeCheck
{
    /// <summary>`check-full &lt;db&gt;`: whether a database's stored results equal a full recompute of its data (exit 1 if not).</summary>
    public static async Task<int> RunAsync(string db)
    {
        var differing = await DifferencesAsync(db);
        Console.WriteLine(differing.Count == 0 ? "The stored results equal a full recompute, in every stored table." : "Differing from a full recompute: " + string.Join(", ", differing));
        return differing.Count == 0 ? 0 : 1;
    }

    /// <summary>The tables whose rows differ between the nightly refresh and a full recompute (empty: the same).</summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(string nightlyDb)
    {
        if (!File.Exists(nightlyDb))
        {
            throw new FileNotFoundException("No database to check.", nightlyDb);
        }

        var fullDb = Path.Combine(Path.GetTempPath(), $"wi-full-recompute-{Guid.NewGuid():N}.db");
        try
        {
            return await CompareWithFullRecomputeAsync(nightlyDb, fullDb);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { fullDb, fullDb + "-wal", fullDb + "-shm" })
            {
                File.Delete(file); // the copy is as large as the database
            }
        }
    }

    private static async Task<IReadOnlyList<string>> CompareWithFullRecomputeAsync(string nightlyDb, string fullDb)
    {
        await using (var source = new SqliteConnection(ConnectionString(nightlyDb, SqliteOpenMode.ReadWrite)))
        {
            await source.OpenAsync();
            await using var copy = source.CreateCommand();
            copy.CommandText = "VACUUM INTO @copy;";
            copy.Parameters.AddWithValue("@copy", fullDb);
            await copy.ExecuteNonQueryAsync();
        }

        var connections = new SqliteConnectionFactory(fullDb);
        await new MetricSeriesRefresher(connections, new MetricInputsQuery(connections), TimeProvider.System).RecomputeAllAsync();
        SqliteConnection.ClearAllPools();

        var differing = new List<string>();
        await using var both = new SqliteConnection(ConnectionString(nightlyDb, SqliteOpenMode.ReadOnly));
        await both.OpenAsync();
        await using (var attach = both.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE @full AS full;";
            attach.Parameters.AddWithValue("@full", fullDb);
            await attach.ExecuteNonQueryAsync();
        }

        foreach (var table in StoredResultTables.All)
        {
            // Table and column names are the code's own constants. Each distinct row with the number of times it
            // occurs, compared both ways: three of the tables have no key, and EXCEPT alone would take a row stored
            // twice on one side and once on the other for the same.
            // The basis's engine part names the build that computed the results: a database made by another build
            // differs there by design (that build's next refresh recomputes everything).
            var columns = string.Join(", ", table.Columns);
            var basisOnly = table == StoredResultTables.SeriesBasis ? "WHERE part <> @engine " : string.Empty;
            string Counted(string schema) => $"SELECT {columns}, COUNT(*) FROM {schema}.{table.Name} {basisOnly}GROUP BY {columns}";
            await using var compare = both.CreateCommand();
            compare.Parameters.AddWithValue("@engine", SeriesBasis.Engine);
            compare.CommandText = $"""
                SELECT NOT EXISTS ({Counted("main")} EXCEPT {Counted("full")})
                   AND NOT EXISTS ({Counted("full")} EXCEPT {Counted("main")});
                """;
            if (Convert.ToInt64(await compare.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                differing.Add(table.Name);
            }
        }

        return differing;
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}

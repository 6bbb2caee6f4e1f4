using Microsoft.Data.Sqlite;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Bench;

/// <summary>
/// Issue #12 allows a nightly refresh to recompute only the dates an import changed if the result equals a full
/// recompute. This checks it at the bench's scale: a copy of the database the nightly import left is recomputed in
/// full, and every stored-results table of the two is compared row for row.
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
        var fullDb = Path.ChangeExtension(nightlyDb, ".full.db");
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
        File.Delete(fullDb);
        await using (var source = new SqliteConnection($"Data Source={nightlyDb};Pooling=False"))
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
        await using var both = new SqliteConnection($"Data Source={nightlyDb};Mode=ReadOnly;Pooling=False");
        await both.OpenAsync();
        await using (var attach = both.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE @full AS full;";
            attach.Parameters.AddWithValue("@full", fullDb);
            await attach.ExecuteNonQueryAsync();
        }

        foreach (var table in StoredResultTables.All)
        {
            // Table and column names are the code's own constants. Counts as well as EXCEPT both ways, so a
            // duplicated row counts as a difference too.
            var columns = string.Join(", ", table.Columns);
            await using var compare = both.CreateCommand();
            compare.CommandText = $"""
                SELECT (SELECT COUNT(*) FROM main.{table.Name}) = (SELECT COUNT(*) FROM full.{table.Name})
                   AND NOT EXISTS (SELECT {columns} FROM main.{table.Name} EXCEPT SELECT {columns} FROM full.{table.Name})
                   AND NOT EXISTS (SELECT {columns} FROM full.{table.Name} EXCEPT SELECT {columns} FROM main.{table.Name});
                """;
            if (Convert.ToInt64(await compare.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                differing.Add(table.Name);
            }
        }

        return differing;
    }
}

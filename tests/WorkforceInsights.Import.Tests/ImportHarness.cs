using System.Text;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Import;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Data.State;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Import.Tests;

/// <summary>A real SQLite database in a temp folder, migrated, with the importer wired as in the app.</summary>
public sealed class ImportHarness : IDisposable
{
    public const string Teams = "team_code,team_name,service_area,locality\nT1,Team One,Assessment,Northbridge\nT2,Team Two,Family Safeguarding,\n";
    public const string Workers = "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,1,2020-01-01\nW2,T2,5,agency,0.5,2021-06-01\n";

    private ImportHarness(string root, IDbConnectionFactory connections, SqlServerTestDatabase? sqlServer)
    {
        Root = root;
        Folder = Directory.CreateDirectory(Path.Combine(root, "in")).FullName;
        Connections = connections;
        _sqlServer = sqlServer;
        Audit = new ImportAuditStore(Connections, TimeProvider.System);
        Replacer = TableReplacers.Create(Connections);
        Importer = new ExtractFolderImporter(Replacer, Audit, new ReferenceKeysQuery(Connections), NullLogger<ExtractFolderImporter>.Instance);
    }

    private readonly SqlServerTestDatabase? _sqlServer;

    public string Root { get; }

    public string Folder { get; }

    public IDbConnectionFactory Connections { get; }

    public ImportAuditStore Audit { get; }

    public ITableReplacer Replacer { get; set; }

    public ExtractFolderImporter Importer { get; private set; }

    /// <summary>
    /// A migrated database of the given engine. SQL Server needs WORKFORCE_TEST_SQLSERVER (a login
    /// that may create databases); without it the test is ignored, with that reason.
    /// </summary>
    public static async Task<ImportHarness> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var root = Path.Combine(Path.GetTempPath(), "wi-tests", Guid.NewGuid().ToString("N"));
        var sqlServer = provider == DatabaseProvider.SqlServer ? await SqlServerTestDatabase.CreateAsync() : null;
        IDbConnectionFactory connections = sqlServer is null ? new SqliteConnectionFactory(Path.Combine(root, "test.db")) : new SqlServerConnectionFactory(sqlServer.ConnectionString);
        var harness = new ImportHarness(root, connections, sqlServer);
        await new SchemaMigrator(harness.Connections, TimeProvider.System).MigrateAsync();
        return harness;
    }

    /// <summary>
    /// Makes this SQLite database and its extract folder a copy of another harness's (e.g. one night already imported
    /// and refreshed, shared by a fixture's tests), so a test starts from that state without importing it again.
    /// </summary>
    public async Task CopyFromAsync(ImportHarness source)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var target = Path.Combine(Root, "test.db");
        foreach (var file in new[] { target, target + "-wal", target + "-shm" })
        {
            File.Delete(file);
        }

        await using (var connection = (Microsoft.Data.Sqlite.SqliteConnection)await source.Connections.OpenAsync())
        {
            await using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $path";
            copy.Parameters.AddWithValue("$path", target);
            await copy.ExecuteNonQueryAsync();
        }

        foreach (var file in Directory.GetFiles(source.Folder))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Uses a different table replacer (e.g. one that fails part-way) for the next imports.</summary>
    public void UseReplacer(ITableReplacer replacer)
    {
        Replacer = replacer;
        Importer = new ExtractFolderImporter(replacer, Audit, new ReferenceKeysQuery(Connections), NullLogger<ExtractFolderImporter>.Instance);
    }

    public void Write(string fileName, string content, Encoding? encoding = null) =>
        File.WriteAllText(Path.Combine(Folder, fileName), content, encoding ?? new UTF8Encoding(false));

    public void WriteBytes(string fileName, byte[] content) => File.WriteAllBytes(Path.Combine(Folder, fileName), content);

    public void Delete(string fileName) => File.Delete(Path.Combine(Folder, fileName));

    public Task<ImportRunReport> ImportAsync(IImportObserver? observer = null) => Importer.ImportAsync(Folder, "test", observer);

    /// <summary>An import as the app and `wi import` run it: with the import lock, the data state and the refresh of the stored results.</summary>
    public Task<ImportRunReport> ImportAndRefreshAsync(ImportOptions options, string? folder = null) =>
        new ExtractFolderImporter(Replacer, Audit, new ReferenceKeysQuery(Connections), NullLogger<ExtractFolderImporter>.Instance,
            new MetricSeriesRefresher(Connections, new MetricInputsQuery(Connections), TimeProvider.System), new ImportLock(Connections))
            .ImportAsync(folder ?? Folder, "test", options: options);

    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = await Connections.OpenAsync();
        return [.. await connection.QueryAsync<T>(sql)];
    }

    public async Task<long> CountAsync(string table) => (await QueryAsync<long>($"SELECT COUNT(*) FROM {table}"))[0];

    /// <summary>Each row's columns joined with '|' (dates as yyyy-MM-dd, nulls as empty), the same on both engines.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync();
        var rows = await connection.QueryAsync(sql);
        return [.. rows.Cast<IDictionary<string, object?>>().Select(r => string.Join("|", r.Values.Select(Text)))];
    }

    /// <summary>Every row of each table (as <see cref="RowsAsync"/>), in ordinal order, by table: a snapshot to compare.</summary>
    public async Task<Dictionary<string, List<string>>> SortedRowsAsync(IEnumerable<string> tables)
    {
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            rows[table] = [.. (await RowsAsync($"SELECT * FROM {table}")).Order(StringComparer.Ordinal)];
        }

        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _sqlServer?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}

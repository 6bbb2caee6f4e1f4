using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// No row value reaches a log (operations.md, extracts.md): `wi import` runs as its own process with every log
/// category at Trace, on an allocations.csv whose line 3 opens a quote that never closes, and a canary value in a later
/// row. The canary is in neither the console's output nor its log (standard error), nor any text of the import audit.
/// </summary>
[Category("Process")]
public class RawDataLoggingTests : TempFolderTest
{
    private const string Header = "child_id,worker_id,start_date,end_date,case_type\n";

    /// <param name="rowsAfter">Rows between the quote and the canary: enough to run past the longest value read (the parser gives up) or not.</param>
    [TestCase(2, "worker_id, value '\"W1…'", TestName = "ShouldKeepTheCanaryOutOfLogsConsoleAndAudit_WhenAnUnclosedQuoteSwallowsIt")]
    [TestCase(6_000, "MaxFieldSizeException", TestName = "ShouldKeepTheCanaryOutOfLogsConsoleAndAudit_WhenAnUnclosedQuoteRunsPastTheLongestValue")]
    public async Task ShouldKeepTheCanaryOutOfLogsConsoleAndAudit(int rowsAfter, string reported)
    {
        var canary = "CANARY-" + Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "teams.csv"), "team_code,team_name,service_area\nT1,Team One,Assessment\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "workers.csv"), "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,1,2020-01-01\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "allocations.csv"), Header + "C1,W1,2024-01-01,,CIN\nC2,\"W1,2024-01-02,,CIN\n"
            + string.Concat(Enumerable.Range(10, rowsAfter).Select(i => $"C{i},W1,2024-01-03,,CIN\n")) + $"{canary},W1,2024-01-04,,CIN\nC9,W1,2024-01-05,,CIN\n");

        var (exitCode, output, error) = await RunWiAsync("import", folder, "--db", Db);

        var audit = await AuditTextAsync();
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain(canary), "standard output");
            Assert.That(error, Does.Not.Contain(canary), "standard error (the log)");
            Assert.That(audit, Has.None.Contains(canary), "the import audit");
            Assert.That(error, Does.Not.Contain("   at "), "no exception is logged with its stack (CsvHelper's holds the raw record)");
            Assert.That(exitCode, Is.Not.Zero, "the allocations were not loaded");
            Assert.That(output + error, Does.Contain("allocations.csv").And.Contain("line 3").And.Contain(reported), "the problem is located");
            Assert.That(error, Does.Contain("trce:").Or.Contain("dbug:").Or.Contain("info:"), "the log is on, at every level");
        });
    }

    /// <summary>Every text value of the import audit's three tables.</summary>
    private async Task<List<string>> AuditTextAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        var text = new List<string>();
        foreach (var table in new[] { "import_runs", "import_files", "import_issues" })
        {
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM {table}"))
            {
                text.AddRange(row.Values.OfType<string>());
            }
        }

        Assert.That(text, Is.Not.Empty);
        return text;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunWiAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Trace";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

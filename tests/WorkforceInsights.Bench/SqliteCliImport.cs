using System.Diagnostics;
using WorkforceInsights.Import.Extracts;

namespace WorkforceInsights.Bench;

/// <summary>The baseline: sqlite3's own CSV `.import` of the same files into plain tables (WAL), no checks.</summary>
public static class SqliteCliImport
{
    public static double? Time(string folder, string db)
    {
        var script = new List<string> { "PRAGMA journal_mode=WAL;", ".mode csv" };
        foreach (var definition in ExtractCatalog.CreateInLoadOrder())
        {
            var path = Path.Combine(folder, definition.FileName);
            var header = File.ReadLines(path).First();
            script.Add($"CREATE TABLE raw_{definition.KindName} ({string.Join(", ", header.Split(',').Select(c => c + " TEXT"))});");
            script.Add($".import --skip 1 '{path}' raw_{definition.KindName}");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var start = new ProcessStartInfo("sqlite3", [db]) { RedirectStandardInput = true };
            using var process = Process.Start(start)!;
            process.StandardInput.Write(string.Join('\n', script) + "\n.quit\n");
            process.StandardInput.Close();
            process.WaitForExit();
            return process.ExitCode == 0 ? clock.Elapsed.TotalSeconds : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // sqlite3 is not installed
        }
    }
}

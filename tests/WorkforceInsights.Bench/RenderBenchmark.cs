using System.Diagnostics;
using System.Globalization;

namespace WorkforceInsights.Bench;

/// <summary>
/// Server-side render time of each page: the built web app runs as a child process on a loopback
/// port over a database already imported (and its series refreshed), and each page's prerendered
/// HTML is fetched 10 times after a first request; the first request (charts drawn, the app's chart
/// cache empty for that view) and the median of the ten (charts from the cache) are reported.
/// </summary>
public static class RenderBenchmark
{
    private static readonly string[] s_pages =
    [
        "/", "/overview", "/overview?area=Family%20Safeguarding&team=FS01", "/workforce", "/workforce?area=Family%20Safeguarding&team=FS01&asOf=2024-03-31",
        "/caseloads", "/caseloads?area=Family%20Safeguarding&team=FS01", "/children", "/changes", "/referrals", "/benchmarks", "/data",
    ];

    /// <param name="pages">The pages to time, in order (none: every page).</param>
    public static async Task<int> RunAsync(string db, string webDll, string[] pages)
    {
        // The app runs from its own folder (for its appsettings), so relative paths are resolved here first.
        (db, webDll) = (Path.GetFullPath(db), Path.GetFullPath(webDll));
        const string url = "http://127.0.0.1:5199";
        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", url]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(webDll)! };
        start.Environment["Database__SqlitePath"] = db;
        start.Environment["SampleData__LoadOnFirstStart"] = "false";
        // The demo sign-in, so the bench can sign in as a Leader: it is allowed only in Development (access.md), which
        // every other environment would refuse at start.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Authentication__Mode"] = "Demo";
        start.Environment["Access__KeysFolder"] = Path.Combine(Path.GetTempPath(), "wi-bench", "keys");
        // The shipped benchmark files, from the repository the web app was built in (its own folder has none).
        if (RepositoryFolder(webDll, "reference-data") is { } root)
        {
            start.Environment["Benchmarks__Folder"] = Path.Combine(root, "reference-data", "dfe");
        }

        using var app = Process.Start(start)!;
        // Drain the app's output (an unread pipe fills and stalls it), and keep it to explain a failed start.
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        app.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            if (!await WaitUntilUpAsync(http, app))
            {
                throw new TimeoutException("The web app did not start:\n" + string.Join("\n", output));
            }

            (await http.GetAsync("/signin/demo?role=Leader,DataOfficer&returnUrl=/health")).EnsureSuccessStatusCode(); // every section of every page

            await http.GetStringAsync("/overview?asOf=2019-03-31"); // JIT warm-up on a view not measured below
            Console.WriteLine("page | first ms | median ms | max ms | page KB | working set after, MB");
            foreach (var page in pages.Length > 0 ? pages : s_pages)
            {
                var first = Stopwatch.StartNew();
                var html = await http.GetStringAsync(page); // draws the page's charts into the cache
                first.Stop();
                var times = new List<double>();
                for (var i = 0; i < 10; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await http.GetStringAsync(page);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                app.Refresh(); // which page, if any, makes the process grow with the data
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page} | {first.Elapsed.TotalMilliseconds:F0} | {times[times.Count / 2]:F0} | {times[^1]:F0} | {html.Length / 1024.0:F0} | {app.WorkingSet64 / 1048576.0:F0}"));
            }

            // The web process holds no copy of the extracts: its memory after every page should not grow with the data.
            app.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"web process: working set {app.WorkingSet64 / 1048576.0:F0} MB, peak {app.PeakWorkingSet64 / 1048576.0:F0} MB"));
        }
        finally
        {
            app.Kill(entireProcessTree: true);
        }

        return 0;
    }

    private static string? RepositoryFolder(string from, string containing)
    {
        for (var folder = Path.GetDirectoryName(from); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(Path.Combine(folder, containing)))
            {
                return folder;
            }
        }

        return null;
    }

    private static async Task<bool> WaitUntilUpAsync(HttpClient http, Process app)
    {
        for (var attempt = 0; attempt < 120 && !app.HasExited; attempt++)
        {
            try
            {
                await http.GetAsync("/health");
                return true;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
        }

        return false;
    }
}

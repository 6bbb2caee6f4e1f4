using System.Diagnostics;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// Sign-in fails closed on the real, built web app (access.md, "Sign-in"): outside Development, started without OpenID
/// Connect settings or with demo sign-in, it exits non-zero with one plain line on stderr naming the settings to set, and
/// no stack trace. It stops before opening a database or a port, so each case takes about a second.
/// </summary>
[Category("Process")]
public class SignInStartupProcessTests
{
    private static readonly string[] s_openIdConnectSettings = ["Authentication:Authority", "Authentication:ClientId", "Authentication:ClientSecret"];

    [TestCase("Staging", null)]
    [TestCase("SqlServer", "Demo")]
    [TestCase("Production", null)]
    public async Task ShouldRefuseToStart_WithOneLineNamingTheSettings_AndNoStackTrace(string environment, string? mode)
    {
        var (exitCode, output, error) = await RunWebAppAsync(environment, mode);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(exitCode, Is.Not.Zero, "refused to start");
        Assert.That(lines, Has.Length.EqualTo(1), "one line on stderr:\n" + error);
        Assert.That(s_openIdConnectSettings, Is.All.Matches<string>(setting => lines[0].Contains(setting, StringComparison.Ordinal)), lines[0]);
        Assert.That(error + output, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
    }

    /// <summary>Runs the built web app from its own output folder (for its appsettings files), as a council would.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunWebAppAsync(string environment, string? mode)
    {
        // The web project's own output beside this one's: artifacts/bin/WorkforceInsights.Web/<configuration>/.
        var configuration = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var folder = Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "WorkforceInsights.Web", configuration);
        var dll = Path.Combine(folder, "WorkforceInsights.Web.dll");
        Assert.That(File.Exists(dll), Is.True, dll + " is built with this test project");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // Nothing from the runner's own environment decides the outcome.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Authentication__", StringComparison.OrdinalIgnoreCase)
            || k.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        if (mode is not null)
        {
            start.Environment["Authentication__Mode"] = mode;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        // Were it to start after all, it must not touch the user's own database.
        start.Environment["Database__SqlitePath"] = Path.Combine(Path.GetTempPath(), "wi-signin-" + Guid.NewGuid().ToString("N"), "wi.db");
        start.Environment["SampleData__LoadOnFirstStart"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the app started in {environment} instead of refusing: {await output}");
        }

        return (process.ExitCode, await output, await error);
    }
}

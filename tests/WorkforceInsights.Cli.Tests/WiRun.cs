namespace WorkforceInsights.Cli.Tests;

/// <summary>Runs `wi` in-process and captures what it prints.</summary>
public sealed record WiRun(int ExitCode, string Output, string Error)
{
    public static async Task<WiRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await WiCommandLine.RunAsync(args, output, error);
        return new WiRun(exit, output.ToString(), error.ToString());
    }
}

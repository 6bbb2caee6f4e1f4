namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi metrics --as-of yyyy-MM-dd`: not built yet; says so rather than printing made-up figures.</summary>
public static class MetricsCommand
{
    public static Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "db", "format");
        _ = output;
        throw new InvalidOperationException("'wi metrics' is not available yet: the metrics engine is issue 3.");
    }
}

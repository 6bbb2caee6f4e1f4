namespace WorkforceInsights.Cli;

/// <summary>The command line itself is wrong: shown with the usage text, exit code 1.</summary>
public sealed class CliUsageException(string message) : Exception(message);

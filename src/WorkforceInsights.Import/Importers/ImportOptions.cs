namespace WorkforceInsights.Import.Importers;

/// <summary>How one import runs.</summary>
/// <param name="ExtractDate">E given on the command line (`--extract-date`); else the manifest's, else the local date (extracts.md).</param>
/// <param name="AllowShrink">Load a file whose row count fell below the configured share of the previous load (`--allow-shrink`).</param>
public sealed record ImportOptions(DateOnly? ExtractDate = null, bool AllowShrink = false)
{
    public static ImportOptions Default { get; } = new();
}

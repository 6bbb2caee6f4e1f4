namespace WorkforceInsights.Import.Extracts;

/// <summary>Every extract file kind, in load order. Each call gives fresh definitions for one run.</summary>
public static class ExtractCatalog
{
    public static IReadOnlyList<ExtractDefinition> CreateInLoadOrder() =>
    [
        new TeamsExtract(),
        new WorkersExtract(),
        new EstablishmentExtract(),
        new AllocationsExtract(),
        new ReferralsExtract(),
    ];

    public static IReadOnlyList<string> FileNames { get; } = [.. CreateInLoadOrder().Select(d => d.FileName)];
}

namespace WorkforceInsights.Data.Loading;

/// <summary>A table that one extract file replaces, and the columns the importer fills, in order.</summary>
public sealed record ExtractTable(string Name, IReadOnlyList<string> Columns);

namespace WorkforceInsights.Import.Extracts;

/// <summary>A column of an extract file as extracts.md names it (normalised header form).</summary>
public sealed record ExtractColumn(string Name, bool Required);

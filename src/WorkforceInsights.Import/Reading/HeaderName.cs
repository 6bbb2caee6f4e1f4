namespace WorkforceInsights.Import.Reading;

/// <summary>
/// Header matching of extracts.md: case-insensitive, surrounding spaces ignored, and '-', ' '
/// and '_' treated alike, so "Worker ID", "worker-id" and "worker_id" are the same column.
/// </summary>
public static class HeaderName
{
    public static string Normalise(string header) =>
        header.Trim().Trim('\uFEFF').Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}

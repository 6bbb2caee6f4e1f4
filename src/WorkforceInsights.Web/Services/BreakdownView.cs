namespace WorkforceInsights.Web.Services;

/// <summary>
/// A chart of one date's figures split into groups (leavers by reason, children by case type): each row a
/// group, each series a bar within it; the table view and the CSV download hold the same numbers.
/// </summary>
public sealed record BreakdownView(string Title, string TestId, string CategoryHeading, IReadOnlyList<BreakdownView.Series> SeriesList, IReadOnlyList<BreakdownView.Row> Rows, string DownloadUrl)
{
    /// <param name="Key">What the table's cells and the CSV call it (a metric id, or a column name).</param>
    public sealed record Series(string Key, string Name, Core.Metrics.MetricUnit Unit);

    /// <param name="Values">One value per series, in the order of <see cref="SeriesList"/>; null is "no data".</param>
    /// <param name="Notes">Per series, what is shown where the value is withheld (small-number suppression), else null.</param>
    public sealed record Row(string Key, string Label, IReadOnlyList<double?> Values, IReadOnlyList<string?>? Notes = null);
}

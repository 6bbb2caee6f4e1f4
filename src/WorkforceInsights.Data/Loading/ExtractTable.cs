namespace WorkforceInsights.Data.Loading;

/// <summary>
/// A table that one extract file (or the metric series) replaces: the columns the loader fills, in
/// order (the last is always source_line), and the key columns no two rows may share.
/// </summary>
public sealed record ExtractTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> KeyColumns)
{
    public int IndexOf(string column) => Columns.ToList().IndexOf(column);
}

using System.Collections.Frozen;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// A table that one extract file replaces: the columns the loader fills, in order (the last is always
/// source_line, the line of the file the row came from), and the key columns no two rows may share.
/// </summary>
public sealed record ExtractTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> KeyColumns)
{
    public const string SourceLine = "source_line";

    private readonly FrozenDictionary<string, int> _indexes = Columns.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    /// <summary>The column's position, or -1.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out var index) ? index : -1;
}

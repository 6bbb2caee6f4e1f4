namespace WorkforceInsights.Data.Series;

/// <summary>
/// One table of the refresh's stored results: its name and each column with how a row gives its value, named once.
/// Each engine's writer builds its statements from these code constants (never from input) and stages the rows into
/// a session-private copy of the table (SQLite binds them by these names; SQL Server bulk-copies them). Values are DateOnly, string, int, double, bool or null; each engine
/// converts them to its own types.
/// </summary>
public sealed class StoredResultTable<TRow>(string name, string[] copyOrder, params (string Column, Func<TRow, object?> Value)[] columns) : IStoredResultTable
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = [.. columns.Select(c => c.Column)];

    public IReadOnlyList<string> CopyOrder { get; } = copyOrder;

    public IEnumerable<object?[]> Rows(IEnumerable<TRow> rows) => rows.Select(row => columns.Select(c => c.Value(row)).ToArray());
}

/// <summary>A stored-results table without its row type (what the writers need).</summary>
public interface IStoredResultTable
{
    string Name { get; }

    IReadOnlyList<string> Columns { get; }

    /// <summary>The table's index key: the staged rows are copied in in this order, so SQLite appends to the index instead of inserting all over it.</summary>
    IReadOnlyList<string> CopyOrder { get; }
}

namespace WorkforceInsights.Data.Series;

/// <summary>
/// One table of the refresh's stored results: its name and each column with how a row gives its value, named once.
/// SQLite's writer binds the values to sql/queries/results/insert_&lt;table&gt;.sql by these names; SQL Server's
/// bulk-copies them into the same columns. Values are DateOnly, string, int, double, bool or null; each engine
/// converts them to its own types.
/// </summary>
public sealed class StoredResultTable<TRow>(string name, params (string Column, Func<TRow, object?> Value)[] columns) : IStoredResultTable
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = [.. columns.Select(c => c.Column)];

    public IEnumerable<object?[]> Rows(IEnumerable<TRow> rows) => rows.Select(row => columns.Select(c => c.Value(row)).ToArray());
}

/// <summary>A stored-results table without its row type (what the writers need).</summary>
public interface IStoredResultTable
{
    string Name { get; }

    IReadOnlyList<string> Columns { get; }
}

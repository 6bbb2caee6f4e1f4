namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One row of values for an <see cref="ExtractTable"/>, set by column name (each extract names its columns once,
/// in its table), over the array the loader inserts. Every column but source_line must be set for every row: a
/// column an extract forgets is a programming error reported by name, never a gap or the last row's value.
/// </summary>
public sealed class TableRow(ExtractTable table)
{
    private readonly bool[] _set = new bool[table.Columns.Count];

    /// <summary>The values in the table's column order (the loader's insert reads these).</summary>
    public object?[] Values { get; } = new object?[table.Columns.Count];

    public object? this[string column]
    {
        set
        {
            var index = table.IndexOf(column);
            if (index < 0)
            {
                throw new ArgumentException($"{table.Name} has no column {column}.", nameof(column));
            }

            Values[index] = value;
            _set[index] = true;
        }
    }

    /// <summary>Starts a new row: every column unset.</summary>
    public void Clear()
    {
        Array.Clear(Values);
        Array.Clear(_set);
    }

    /// <summary>Throws naming the first column (other than source_line) the row did not set.</summary>
    public void EnsureComplete()
    {
        for (var i = 0; i < _set.Length; i++)
        {
            if (!_set[i] && table.Columns[i] != ExtractTable.SourceLine)
            {
                throw new InvalidOperationException($"The conversion for {table.Name} did not set column {table.Columns[i]}.");
            }
        }
    }
}

using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Extracts;

/// <summary>
/// One extract file of extracts.md: its name, columns, target table and the conversion of a row
/// into table values. A definition instance lives for one file of one run.
/// </summary>
public abstract class ExtractDefinition
{
    public abstract ExtractKind Kind { get; }

    public abstract string FileName { get; }

    public abstract IReadOnlyList<ExtractColumn> Columns { get; }

    /// <summary>The target table; its last column is always source_line.</summary>
    public abstract ExtractTable Table { get; }

    /// <summary>The key columns named in a duplicate-key error ("(none)": allocations may repeat).</summary>
    public string KeyDescription => Table.KeyColumns.Count == 0 ? "(none)" : string.Join(", ", Table.KeyColumns);

    /// <summary>Converts the row into <paramref name="values"/>, each value set by its column's name (every column but source_line).</summary>
    public abstract void Convert(ExtractRow row, ImportReferences references, TableRow values);

    /// <summary>Checks that can only be made once every row is read (e.g. references within the file).</summary>
    public virtual void Complete(IssueLog issues)
    {
    }

    /// <summary>Publishes this file's keys for the files loaded after it in the same run.</summary>
    public virtual void Publish(ImportReferences references)
    {
    }

    public string KindName => Kind.ToString().ToLowerInvariant();

    protected static string? Iso(DateOnly? date) => date is { } d ? ExtractDate.ToIso(d) : null;
}

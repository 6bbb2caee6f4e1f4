using System.Globalization;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// The current data row of an extract, read by column name, converting each value by the rules
/// of extracts.md and logging a located error (line, column, value) for each bad one.
/// </summary>
public sealed class ExtractRow(IReadOnlyDictionary<string, int> columnIndex, IssueLog issues)
{
    /// <summary>Identifiers are opaque strings of up to 64 characters (extracts.md).</summary>
    public const int MaxIdentifierLength = 64;

    private string[] _fields = [];
    private Func<long> _line = () => 0;

    public bool HasErrors { get; private set; }

    /// <summary>The line the record starts on, counted as a text editor counts (header = line 1).</summary>
    public long Line => _line();

    public void MoveTo(string[] fields, Func<long> line)
    {
        _fields = fields;
        _line = line;
        HasErrors = false;
    }

    /// <summary>The trimmed value, or null when the column is absent or blank.</summary>
    public string? Raw(string column)
    {
        if (!columnIndex.TryGetValue(column, out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    public string? Text(string column, bool required)
    {
        var value = Raw(column);
        if (value is null && required)
        {
            Error(column, null, "a value is required");
        }

        return value;
    }

    public string? Identifier(string column, bool required)
    {
        var value = Text(column, required);
        if (value is { Length: > MaxIdentifierLength })
        {
            Error(column, value, $"an identifier is at most {MaxIdentifierLength} characters");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string column, bool required) => Date(column, required, out _);

    /// <summary>A date, and its stored ISO text (the value itself when already ISO, saving a format per row).</summary>
    public DateOnly? Date(string column, bool required, out string? iso)
    {
        iso = null;
        var value = Text(column, required);
        if (value is null)
        {
            return null;
        }

        if (ExtractDate.TryParse(value, out var date))
        {
            iso = value.Length == 10 && value[4] == '-' ? value : ExtractDate.ToIso(date);
            return date;
        }

        Error(column, value, $"expected {ExtractDate.Expected}");
        return null;
    }

    public decimal? Number(string column, bool required)
    {
        var value = Text(column, required);
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Error(column, value, "expected a number with '.' as the decimal point");
        return null;
    }

    public TCode? Code<TCode>(string column, CodeTable<TCode> codes, bool required)
        where TCode : struct, Enum
    {
        var value = Text(column, required);
        if (value is null)
        {
            return null;
        }

        if (codes.TryParse(value, out var code))
        {
            return code;
        }

        Error(column, value, $"unknown code; expected one of {codes.AllowedValues}");
        return null;
    }

    public void Error(string column, string? value, string message)
    {
        HasErrors = true;
        issues.Add(ImportIssue.RowError(Line, column, value, message));
    }
}

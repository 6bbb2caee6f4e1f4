using System.Globalization;
using System.Text;
using SQLitePCL;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>
/// The current row of a prepared SQLite statement, read with SQLite's own calls: a refresh reads a million rows, and
/// ADO.NET's reader makes a string of every value. Here a repeated id is looked up from its bytes and a date is parsed
/// from them, so only new ids and free text become strings (half the refresh's reading time at --scale 10).
/// </summary>
internal sealed class SqliteStatementRow : IInputRow
{
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;

    public SqliteStatementRow(sqlite3_stmt statement)
    {
        _statement = statement;
        for (var i = 0; i < raw.sqlite3_column_count(statement); i++)
        {
            _ordinals[raw.sqlite3_column_name(statement, i).utf8_to_string()] = i;
        }

        _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text(string column) => Encoding.UTF8.GetString(Bytes(_ordinals[column]));

    public string? OptionalText(string column) => IsNull(column) ? null : Text(column);

    public string Id(string column)
    {
        var bytes = Bytes(_ordinals[column]);
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        if (_idsBySpan.TryGetValue(text, out var kept))
        {
            return kept;
        }

        var id = new string(text);
        _ids[id] = id;
        return id;
    }

    public string? OptionalId(string column) => IsNull(column) ? null : Id(column);

    public decimal Decimal(string column)
    {
        var ordinal = _ordinals[column];
        return raw.sqlite3_column_type(_statement, ordinal) switch
        {
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, ordinal),
            raw.SQLITE_FLOAT => (decimal)raw.sqlite3_column_double(_statement, ordinal),
            _ => decimal.Parse(Text(column), NumberStyles.Number, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An ISO yyyy-MM-dd date, as the SQLite schema stores dates, parsed from its bytes.</summary>
    public DateOnly Date(string column) => IsoDate.Parse(Bytes(_ordinals[column]));

    public DateOnly? OptionalDate(string column) => IsNull(column) ? null : Date(column);

    private bool IsNull(string column) => raw.sqlite3_column_type(_statement, _ordinals[column]) == raw.SQLITE_NULL;

    private ReadOnlySpan<byte> Bytes(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);
}

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

    /// <summary>An ISO yyyy-MM-dd date, as the SQLite schema stores dates; anything else is parsed (and refused) by <see cref="IsoDate.Parse"/>.</summary>
    public DateOnly Date(string column)
    {
        var b = Bytes(_ordinals[column]);
        if (b.Length == 10 && b[4] == '-' && b[7] == '-' && Digits(b[..4], out var year) && Digits(b.Slice(5, 2), out var month) && Digits(b.Slice(8, 2), out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is 0 ? 1 : year, month) && year >= 1)
        {
            return new DateOnly(year, month, day);
        }

        return IsoDate.Parse(Text(column));
    }

    public DateOnly? OptionalDate(string column) => IsNull(column) ? null : Date(column);

    private bool IsNull(string column) => raw.sqlite3_column_type(_statement, _ordinals[column]) == raw.SQLITE_NULL;

    private ReadOnlySpan<byte> Bytes(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);

    private static bool Digits(ReadOnlySpan<byte> bytes, out int value)
    {
        value = 0;
        foreach (var b in bytes)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// Binding values to a prepared SQLite statement with SQLite's own calls, for the two bulk writers (the extract
/// loader and the stored-results writer): ADO.NET's per-row parameter handling would double their time. Dates are
/// written as ISO text and flags as 0/1, as the SQLite schema stores them.
/// </summary>
internal static class SqliteBinding
{
    public static void Bind(sqlite3 handle, sqlite3_stmt statement, int index, object? value, string column) =>
        Check(handle, value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => BindText(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            double number => raw.sqlite3_bind_double(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            DateOnly date => BindDate(statement, index, date),
            var other => throw new ArgumentException($"Unsupported value type {other.GetType().Name} in column {column}."),
        });

    /// <summary>
    /// Binds one row's values to the statement's parameters in order, runs it and resets it for the next row; returns
    /// SQLite's result (SQLITE_DONE when the row was written), which each writer handles in its own way.
    /// </summary>
    public static int BindAndStep(sqlite3 handle, sqlite3_stmt statement, object?[] values, IReadOnlyList<string> columns)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(handle, statement, i + 1, values[i], columns[i]);
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        return result;
    }

    /// <summary>
    /// Text as UTF-8 from a buffer reused by the thread (SQLite copies it): binding a string would allocate its UTF-8
    /// bytes for every value of every row. An empty string keeps the string call, since an empty span binds NULL.
    /// </summary>
    private static int BindText(sqlite3_stmt statement, int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(statement, index, text);
        }

        var buffer = Utf8Buffer(Encoding.UTF8.GetMaxByteCount(text.Length));
        return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
    }

    /// <summary>A date as <see cref="IsoDate"/> text (yyyy-MM-dd), written straight into the buffer.</summary>
    private static int BindDate(sqlite3_stmt statement, int index, DateOnly date)
    {
        var buffer = Utf8Buffer(16);
        return date.TryFormat(buffer, out var written, IsoDate.Format, CultureInfo.InvariantCulture)
            ? raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written))
            : raw.sqlite3_bind_text(statement, index, IsoDate.Of(date));
    }

    [ThreadStatic]
    private static byte[]? t_utf8;

    private static byte[] Utf8Buffer(int size) => t_utf8 is { } buffer && buffer.Length >= size ? buffer : t_utf8 = new byte[Math.Max(size, 1024)];

    /// <summary>Throws SQLite's own message unless the call succeeded.</summary>
    public static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }
}

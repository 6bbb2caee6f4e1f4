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
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            double number => raw.sqlite3_bind_double(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            DateOnly date => raw.sqlite3_bind_text(statement, index, IsoDate.Of(date)),
            var other => throw new ArgumentException($"Unsupported value type {other.GetType().Name} in column {column}."),
        });

    /// <summary>Throws SQLite's own message unless the call succeeded.</summary>
    public static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }
}

using System.Globalization;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// Dates as extracts.md allows them: ISO yyyy-MM-dd, or UK dd/MM/yyyy (also d/M/yyyy), with an
/// optional time part that is dropped. Never US order: 03/04/2024 is 3 April 2024.
/// </summary>
public static class ExtractDate
{
    public const string Expected = "a date as yyyy-MM-dd or dd/MM/yyyy";

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var span = text.AsSpan().Trim();
        var split = span.IndexOfAny(' ', 'T');
        if (split > 0)
        {
            if (!IsTime(span[(split + 1)..].Trim()))
            {
                return false;
            }

            span = span[..split];
        }

        int year, month, day;
        if (span.Length == 10 && span[4] == '-' && span[7] == '-')
        {
            if (!TryInt(span[..4], out year) || !TryInt(span[5..7], out month) || !TryInt(span[8..], out day))
            {
                return false;
            }
        }
        else
        {
            var first = span.IndexOf('/');
            var second = first < 0 ? -1 : span[(first + 1)..].IndexOf('/') + first + 1;
            if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || span.Length - second != 5
                || !TryInt(span[..first], out day) || !TryInt(span[(first + 1)..second], out month) || !TryInt(span[(second + 1)..], out year))
            {
                return false;
            }
        }

        if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The form dates are stored in: sortable ISO text in SQLite, parsed back the same way.</summary>
    public static string ToIso(DateOnly date) => Core.Periods.IsoDate.Of(date);

    private static bool IsTime(ReadOnlySpan<char> time) =>
        TimeOnly.TryParseExact(time, ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF", "HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryInt(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.Length > 0;
    }
}

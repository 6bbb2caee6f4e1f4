using System.Globalization;

namespace WorkforceInsights.Core.Periods;

/// <summary>The one written form of a date everywhere a date is text: yyyy-MM-dd (stored in SQLite, in URLs, CSV and JSON).</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static string Of(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Of(DateOnly? date) => date is { } d ? Of(d) : null;

    /// <summary>Parses yyyy-MM-dd; the common shape without the general parser (a refresh reads a million dates).</summary>
    public static DateOnly Parse(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && AllDigits(text)
            ? new DateOnly(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2))
            : DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool AllDigits(string text)
    {
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6, 8, 9])
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}

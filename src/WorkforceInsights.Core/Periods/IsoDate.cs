using System.Globalization;
using System.Numerics;

namespace WorkforceInsights.Core.Periods;

/// <summary>The one written form of a date everywhere a date is text: yyyy-MM-dd (stored in SQLite, in URLs, CSV and JSON).</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static string Of(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Of(DateOnly? date) => date is { } d ? Of(d) : null;

    /// <summary>Parses yyyy-MM-dd; the common shape without the general parser (a refresh reads a million dates).</summary>
    public static DateOnly Parse(string text) =>
        TryParseDigits(text.AsSpan(), out var date) ? date : DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    /// <summary>Parses yyyy-MM-dd from UTF-8 bytes (SQLite's text) with the same fast path, without making a string first.</summary>
    public static DateOnly Parse(ReadOnlySpan<byte> utf8) =>
        TryParseDigits(utf8, out var date) ? date : Parse(System.Text.Encoding.UTF8.GetString(utf8));

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// yyyy-MM-dd in ASCII digits, as chars or UTF-8 bytes; a month or day out of range throws, as DateOnly does. Any
    /// other shape is left to the general parser.
    /// </summary>
    private static bool TryParseDigits<T>(ReadOnlySpan<T> text, out DateOnly date)
        where T : IBinaryInteger<T>
    {
        date = default;
        if (text.Length != 10 || int.CreateTruncating(text[4]) != '-' || int.CreateTruncating(text[7]) != '-'
            || Digits(text[..4]) is not { } year || Digits(text.Slice(5, 2)) is not { } month || Digits(text.Slice(8, 2)) is not { } day)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int? Digits<T>(ReadOnlySpan<T> text)
        where T : IBinaryInteger<T>
    {
        var value = 0;
        foreach (var c in text)
        {
            var digit = int.CreateTruncating(c) - '0';
            if (digit is < 0 or > 9)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}

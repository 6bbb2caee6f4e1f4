using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// Streams the records of one extract with CsvHelper's RFC 4180 parser: quoted fields may hold
/// commas, doubled quotes and line breaks; CRLF or LF; blank lines skipped. Only one record is in
/// memory at a time. Conversion is ours (see <see cref="ExtractRow"/>), so every bad value is
/// reported with its line and column instead of stopping at the first.
/// </summary>
public sealed class ExtractCsvReader : IDisposable
{
    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private string? _badField;

    public ExtractCsvReader(string path, FileFingerprint fingerprint)
    {
        _text = new StreamReader(path, fingerprint.Encoding, detectEncodingFromByteOrderMarks: fingerprint.Encoding.CodePage == 65001, bufferSize: 1 << 16);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            IgnoreBlankLines = true,
            BadDataFound = args => _badField ??= args.Field,
            // No field of any extract is anywhere near this long; a longer one is an unclosed quote running to the end of the file.
            MaxFieldSize = MaxFieldLength,
        };
        _parser = new CsvParser(_text, configuration);
    }

    /// <summary>The longest field read (characters).</summary>
    public const int MaxFieldLength = 100_000;

    /// <summary>The fields of the current record.</summary>
    public string[] Fields { get; private set; } = [];

    /// <summary>
    /// A quoted field of the current record whose line break is followed by text with a comma: the lines after an
    /// unclosed quote, swallowed into one value. extracts.md allows line breaks in quoted values (a name over two
    /// lines), but no value of an extract holds a line that reads like another row.
    /// </summary>
    public string? RunOnField => Fields.FirstOrDefault(f => f.IndexOf('\n') is var b and >= 0 && f.AsSpan(b).Contains(','));

    /// <summary>A field with a stray quote in the current record, if any.</summary>
    public string? BadField => _badField;

    public bool Read()
    {
        _badField = null;
        if (!_parser.Read())
        {
            return false;
        }

        Fields = _parser.Record ?? [];
        return true;
    }

    /// <summary>
    /// The line the current record starts on. The parser counts lines up to the record's end, so
    /// line breaks inside quoted fields are subtracted.
    /// </summary>
    public long StartLine()
    {
        var breaks = 0;
        foreach (var field in Fields)
        {
            breaks += field.AsSpan().Count('\n');
        }

        return _parser.RawRow - breaks;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}

using System.Globalization;
using CsvHelper;
using WorkforceInsights.Data.Audit;

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
    private readonly string _fileName;
    private string? _badField;
    private string[]? _header;
    private long _lastLine;

    public ExtractCsvReader(string path, FileFingerprint fingerprint)
    {
        _fileName = Path.GetFileName(path);
        _text = new StreamReader(path, fingerprint.Encoding, detectEncodingFromByteOrderMarks: fingerprint.Encoding.CodePage == 65001, bufferSize: 1 << 16);
        // The parser's exceptions carry no row of the file (CsvFormat); Read turns them into ExtractCsvException.
        var configuration = CsvFormat.Configuration() with
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
    /// The index of a quoted field of the current record whose line break is followed by text with a comma: the lines
    /// after an unclosed quote, swallowed into one value. extracts.md allows line breaks in quoted values (a name over
    /// two lines), but no value of an extract holds a line that reads like another row.
    /// </summary>
    public int? RunOnIndex => Array.FindIndex(Fields, f => f.IndexOf('\n') is var b and >= 0 && f.AsSpan(b).Contains(',')) is var i and >= 0 ? i : null;

    /// <summary>
    /// How a run-on field is reported: its opening quote and its text up to the first comma or line break, which is all
    /// that belongs to its own column. The rest is the row's other values and the rows it swallowed: never reported.
    /// </summary>
    public string RunOnValue(int index)
    {
        var field = Fields[index];
        var end = field.AsSpan().IndexOfAny(',', '\r', '\n');
        return "\"" + (end < 0 ? field : field[..end]) + "…";
    }

    /// <summary>The header's name of a field (as extracts.md matches it), or its position where the header has none.</summary>
    public string ColumnName(int index) =>
        _header is not null && index < _header.Length && ImportIssue.ReportedValue(HeaderName.Normalise(_header[index])) is { Length: > 0 } name
            ? name
            : string.Create(CultureInfo.InvariantCulture, $"(field {index + 1})");

    /// <summary>A field with a stray quote in the current record, if any.</summary>
    public string? BadField => _badField;

    /// <exception cref="ExtractCsvException">The parser gave up (e.g. a value longer than <see cref="MaxFieldLength"/>).</exception>
    public bool Read()
    {
        _badField = null;
        try
        {
            if (!_parser.Read())
            {
                return false;
            }
        }
        catch (CsvHelperException ex)
        {
            // Located by the line the record starts on and the field being read; CsvHelper's exception itself (its
            // RawRecord, its field) goes no further.
            var field = ex.Context?.Parser?.Count ?? -1;
            var column = field >= 0 ? ColumnName(field) : null;
            throw new ExtractCsvException(_fileName, _lastLine + 1, column, ex.GetType().Name);
        }

        Fields = _parser.Record ?? [];
        _header ??= Fields;
        _lastLine = _parser.RawRow;
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

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// An extract CsvHelper could not parse, located (line, column) and named by CsvHelper's exception type, with a fixed
/// message per type. It carries none of the file's text, and not CsvHelper's exception either (whose properties hold the
/// raw record), so it may be logged and stored as it is.
/// </summary>
public sealed class ExtractCsvException : IOException
{
    public ExtractCsvException(string fileName, long line, string? column, string csvError)
        : base(Describe(fileName, line, column, csvError))
    {
        (FileName, Line, Column, CsvError) = (fileName, line, column, csvError);
    }

    public string FileName { get; }

    /// <summary>The line the unreadable record starts on.</summary>
    public long Line { get; }

    /// <summary>The column being read when the parser gave up, where known.</summary>
    public string? Column { get; }

    /// <summary>CsvHelper's exception type, e.g. MaxFieldSizeException.</summary>
    public string CsvError { get; }

    private static string Describe(string fileName, long line, string? column, string csvError)
    {
        var where = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{fileName}, line {line}{(column is null ? string.Empty : ", column " + column)}");
        return csvError switch
        {
            "MaxFieldSizeException" => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{where}: a value runs on for more than {ExtractCsvReader.MaxFieldLength:N0} characters, which no value of an extract does: is its closing double quote missing? The file could not be read ({csvError})."),
            "BadDataException" => $"{where}: the double quotes of a value are not closed or not doubled, so the file could not be read ({csvError}).",
            _ => $"{where}: the file could not be read as CSV ({csvError}).",
        };
    }
}

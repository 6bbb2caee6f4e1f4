using System.Globalization;
using CsvHelper.Configuration;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// The one source of CsvHelper configurations, for every CSV the product reads (extracts, benchmark files) or writes
/// (the sample council, downloads). CsvHelper puts the raw record, and the header, into its exception messages unless
/// told not to; those messages reach logs and the import audit, and an extract's record is personal data. Start every
/// configuration here (<c>CsvFormat.Configuration() with { … }</c>) and never from <c>new CsvConfiguration</c> or a
/// CsvReader/CsvWriter constructor that takes a culture: a test scans src/ for them.
/// </summary>
public static class CsvFormat
{
    /// <summary>Invariant culture, and exception messages without any of the file's data.</summary>
    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        ExceptionMessagesContainRawData = false,
    };
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Every CSV download is written by CsvHelper, with injection escaping on: a cell that starts with = + - @
/// (e.g. a team named "=HYPERLINK(…)") is prefixed so that Excel shows it as text and never runs it.
/// </summary>
public static class CsvDownload
{
    private static readonly CsvConfiguration s_configuration = Import.Reading.CsvFormat.Configuration() with
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\n",
    };

    /// <summary>The rows under a header, both from the row's class map (CsvRows.cs): names and order in one place.</summary>
    public static string Write<TRow, TMap>(IEnumerable<TRow> rows)
        where TMap : ClassMap<TRow>
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer, s_configuration))
        {
            csv.Context.RegisterClassMap<TMap>();
            csv.WriteRecords(rows); // writes the header even when there are no rows
        }

        return text.ToString();
    }

    public static IResult File(string csv, string fileName) => Results.File(Encoding.UTF8.GetBytes(csv), "text/csv", fileName);
}

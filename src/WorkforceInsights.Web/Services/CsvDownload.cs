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
    private static readonly CsvConfiguration s_configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\n",
    };

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer, s_configuration))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    public static IResult File(string csv, string fileName) => Results.File(Encoding.UTF8.GetBytes(csv), "text/csv", fileName);
}

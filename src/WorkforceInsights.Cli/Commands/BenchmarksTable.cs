using System.Globalization;
using System.Text;
using WorkforceInsights.Data.Benchmarks;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi benchmarks show` for a reader: one line per measure, one decimal place, "not published" where suppressed.</summary>
public static class BenchmarksTable
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Write(BenchmarkReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(s_culture, $"{report.LaName} ({report.La}), {report.RegionName}; statistical neighbours: {string.Join(", ", report.NeighbourNames)}");
        text.AppendLine("measure | year | LA | England | region | neighbours' median | mean (n) | rank | quartile | council's own");
        foreach (var m in report.Measures)
        {
            text.AppendLine(s_culture, $"{m.Measure.Title} | {m.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {F(m.La)} | {F(m.England)} | {F(m.Region)} | {F(m.NeighboursMedian)} | {F(m.NeighboursMean)} ({m.NeighboursCount}) | {(m.Rank is { } r ? $"{r} of {m.Of}" : "-")} | {m.Quartile ?? "-"} | {F(m.Council)}");
        }

        text.Append(BenchmarkReport.Attribution);
        return text.ToString();
    }

    private static string F(double? value) => value?.ToString("N1", s_culture) ?? "not published";
}

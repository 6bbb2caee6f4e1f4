using System.Globalization;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>Reads a chart's table view and its CSV download, so tests can check they hold the same numbers.</summary>
public static class ChartDownloads
{

    /// <summary>The series CSV behind a link, keyed by (yyyy-MM, metric id), valued by the unrounded value.</summary>
    public static async Task<Dictionary<(string Month, string MetricId), string>> SeriesCsvAsync(HttpClient http, string link)
    {
        var lines = (await http.GetStringAsync(link)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("as_of,metric_id,metric,value,numerator,denominator"));
        return lines.Skip(1).Select(line => line.Split(',')).ToDictionary(f => (f[0][..7], f[1]), f => f[^3]);
    }

    /// <summary>A month heading of a chart table ("Sep 2024") as yyyy-MM.</summary>
    public static string Month(string heading) =>
        DateTime.ParseExact(heading.Trim(), "MMM yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Asserts a trend chart's table and its CSV download hold exactly the same points.</summary>
    public static async Task AssertTableEqualsCsvAsync(ILocator chart, HttpClient http)
    {
        // Published benchmarks over a trend (series "WF-TURN:england") are not the council's series: the CSV holds the latter.
        var table = await chart.Locator("td[data-series]:not([data-series*=':'])").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.closest('tr').querySelector('th').textContent, c.dataset.series, c.dataset.value])");
        var csv = await SeriesCsvAsync(http, (await chart.Locator("a[data-format='csv']").GetAttributeAsync("href"))!);

        Assert.That(table, Is.Not.Empty);
        Assert.That(csv, Has.Count.EqualTo(table.Length), "the CSV holds no point the chart does not plot");
        foreach (var cell in table)
        {
            AssertSameOrSuppressed(csv[(Month(cell[0]), cell[1])], cell[2], $"{cell[1]} {cell[0]}");
        }
    }

    /// <summary>
    /// A download withholds small numbers (access.md) while a Leader's table shows them: "&lt;5" stands for a count
    /// from 1 to 4 (or an FTE above 0 and below 5), "suppressed" for a rate on one or a part withheld with one;
    /// anything else is the same number.
    /// </summary>
    public static void AssertSameOrSuppressed(string downloaded, string shown, string what)
    {
        switch (downloaded)
        {
            case "<5":
                Assert.That(double.Parse(shown, CultureInfo.InvariantCulture), Is.GreaterThan(0).And.LessThan(5), what);
                break;
            case "suppressed":
                Assert.That(shown, Is.Not.Empty, what);
                break;
            default:
                Assert.That(downloaded, Is.EqualTo(shown), what);
                break;
        }
    }
}

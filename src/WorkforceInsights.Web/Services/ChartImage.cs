using System.Text;
using WorkforceInsights.Charts;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Every chart download has the chart itself beside its CSV: the same path and query with <c>.svg</c> or
/// <c>.png</c> in place of <c>.csv</c>, drawn from the same numbers by the same renderer as the page.
/// </summary>
public static class ChartImage
{
    /// <summary>The route of a download's images, e.g. "/download/series.{format}" for "/download/series.csv".</summary>
    public static string RouteFor(string csvPath) => csvPath[..^".csv".Length] + ".{format:regex(^(svg|png)$)}";

    /// <summary>A chart's three downloads, from the URL of its CSV.</summary>
    public static ChartLinks LinksFor(string csvUrl)
    {
        var split = csvUrl.IndexOf(".csv", StringComparison.Ordinal);
        return new ChartLinks(csvUrl, csvUrl[..split] + ".svg" + csvUrl[(split + 4)..], csvUrl[..split] + ".png" + csvUrl[(split + 4)..]);
    }

    public static IResult Result(ChartCache cache, ChartSpec spec, string format, string fileStem) => format == "png"
        ? Results.File(cache.Png(spec), "image/png", fileStem + ".png")
        : Results.File(Encoding.UTF8.GetBytes(cache.SvgFile(spec)), "image/svg+xml", fileStem + ".svg");
}

/// <summary>Where a chart's numbers (CSV) and pictures (SVG, PNG) download from.</summary>
public sealed record ChartLinks(string Csv, string Svg, string Png);

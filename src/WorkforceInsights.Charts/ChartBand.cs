using ScottPlot;

namespace WorkforceInsights.Charts;

/// <summary>
/// An interval (e.g. a forecast's 80% range) as a shaded band between its low and high edges. The band is light and
/// outlined by thin dashed edges, so it reads as a range without colour, and the table lists both edges.
/// </summary>
internal static class ChartBand
{
    private static readonly Color s_fill = Color.FromHex("#0072B2").WithAlpha(0.18);
    private static readonly Color s_edge = Color.FromHex("#0072B2").WithAlpha(0.7);

    public static void Draw(Plot plot, ChartSeries low, ChartSeries high, bool legend)
    {
        // Only the month ends that have both edges: "no data" is never drawn as 0.
        var points = Enumerable.Range(0, Math.Min(low.Values.Count, high.Values.Count))
            .Where(i => low.Values[i] is not null && high.Values[i] is not null).ToArray();
        if (points.Length == 0)
        {
            return;
        }

        var band = plot.Add.FillY(
            [.. points.Select(i => (double)i)],
            [.. points.Select(i => low.Values[i]!.Value)],
            [.. points.Select(i => high.Values[i]!.Value)]);
        band.FillColor = s_fill;
        band.LineColor = s_edge;
        band.LineWidth = 1;
        band.LinePattern = LinePattern.Dashed;
        band.MarkerSize = 0;
        band.LegendText = legend ? BandName(low.Name) : string.Empty;
    }

    /// <summary>The band's legend name from its low edge's, e.g. "80% interval" from "80% interval, low".</summary>
    public static string BandName(string lowName)
    {
        var comma = lowName.LastIndexOf(',');
        return comma > 0 ? lowName[..comma] : lowName;
    }
}

using System.Xml.Linq;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Charts.Tests;

/// <summary>A forecast's 80% interval as a band, and a plan's targets marked on or off track in shape and words, not colour alone.</summary>
public class ForecastChartRenderingTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static readonly ChartCategory[] s_months = [new("2026-10-31", "Oct 2026"), new("2026-11-30", "Nov 2026"), new("2026-12-31", "Dec 2026")];

    /// <summary>Employed FTE 324.8 → 323.8 with its interval widening from nothing on E, and two targets: one met, one missed.</summary>
    private static ChartSpec Forecast(bool withBand = true) => new(
        "Employed social worker FTE: forecast", ChartKind.Line, "Month end", s_months,
        [
            new("forecast", "Baseline (last year again)", MetricUnit.Fte, [324.8, 324.3, 323.8]),
            .. withBand
                ? new ChartSeries[] { new("low", "80% interval, low", MetricUnit.Fte, [324.8, 322.3, 321.0], BandEdge: true), new("high", "80% interval, high", MetricUnit.Fte, [324.8, 326.3, 326.6], BandEdge: true) }
                : [],
        ],
        TargetPoints:
        [
            // 324.3 forecast against 320 (higher is better for employed FTE): on track; 323.8 against 330: off track.
            new(new DateOnly(2026, 11, 30), "2026-11-30", 320, MetricUnit.Fte, 324.3, true, false),
            new(new DateOnly(2027, 1, 15), "2026-12-31", 330, MetricUnit.Fte, 323.8, false, false),
        ]);

    private static string Words(ChartSpec spec) =>
        string.Concat(XElement.Parse(ChartRenderer.SvgFile(spec)).Descendants(s_svg + "text").Select(t => t.Value.Trim() + "|"));

    [Test]
    public void ShouldDrawTheIntervalAsOneShadedBand_NamedInTheLegend_NotAsTwoLines()
    {
        var withBand = XElement.Parse(ChartRenderer.SvgFile(Forecast()));
        var without = XElement.Parse(ChartRenderer.SvgFile(Forecast(withBand: false)));

        // The band is a shape filled see-through (the lines and grid are strokes, not fills), so the chart without it has none.
        static int Bands(XElement svg) => svg.Descendants(s_svg + "path")
            .Count(p => (string?)p.Attribute("fill") != "none" && double.TryParse((string?)p.Attribute("fill-opacity"), System.Globalization.CultureInfo.InvariantCulture, out var opacity) && opacity < 0.5);
        Assert.That((Bands(withBand), Bands(without)), Is.EqualTo((1, 0)));
        Assert.That(Words(Forecast()), Does.Contain("80% interval|").And.Not.Contain("80% interval, low"), "one legend entry for the band");
    }

    [Test]
    public void ShouldLabelEachTargetOnOrOffTrack_InWordsOnTheChartAndInTheLegend()
    {
        var words = Words(Forecast());

        Assert.That(words, Does.Contain("on track|").And.Contain("off track|"));
        Assert.That(words, Does.Contain("Target, on track").And.Contain("Target, off track"));
    }

    [Test]
    public void ShouldSayTheIntervalAndEachTargetInTheSummary()
    {
        Assert.That(ChartSummary.Describe(Forecast()), Is.EqualTo(
            "Baseline (last year again): 323.8 in Dec 2026, down 1.0 since Oct 2026, ranging from 323.8 to 324.8; "
            + "80% interval in Dec 2026: 321.0 to 326.6; "
            + "target 320.0 by 30 November 2026: forecast 324.3, on track; "
            + "target 330.0 by 15 January 2027: forecast 323.8, off track."));
    }

    [Test]
    public void ShouldListATargetTheChartDoesNotReach_WithoutDrawingIt()
    {
        var spec = Forecast() with { TargetPoints = [new(new DateOnly(2025, 9, 30), null, 8, MetricUnit.Percent, 9.1, false, true)] };

        Assert.That(Words(spec), Does.Not.Contain("off track|"));
        Assert.That(ChartSummary.Describe(spec), Does.EndWith("target 8.0% by 30 September 2025: actual 9.1%, off track."));
    }
}

using WorkforceInsights.Core.Metrics;
using System.Xml.Linq;

namespace WorkforceInsights.Charts.Tests;

public class ChartRendererTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static ChartSpec TwoLines(string firstName = "Starters (FTE)") => new(
        "Starters and leavers", ChartKind.Line, "Month end",
        [new("2024-09-30", "Sep 2024"), new("2024-10-31", "Oct 2024"), new("2024-11-30", "Nov 2024"), new("2024-12-31", "Dec 2024")],
        [new("WF-STR-FTE", firstName, MetricUnit.Fte, [20, 21, null, 23]), new("WF-LVR-FTE", "Leavers (FTE)", MetricUnit.Fte, [25, 24, 22, 18])]);

    [Test]
    public void ShouldInlineAWellFormedScalableSvg_NamedByThePagesElements()
    {
        var svg = ChartRenderer.Svg(TwoLines(), "c1-", "c1-title c1-summary");

        var root = XElement.Parse(svg);
        Assert.That(root.Name, Is.EqualTo(s_svg + "svg"));
        Assert.That((string?)root.Attribute("role"), Is.EqualTo("img"));
        Assert.That((string?)root.Attribute("aria-labelledby"), Is.EqualTo("c1-title c1-summary"));
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo($"0 0 {ChartRenderer.Width} {ChartRenderer.Height}"));
        Assert.That(svg, Does.Not.StartWith("<?xml"), "an XML prolog is not allowed inside HTML");
    }

    [Test]
    public void ShouldDrawItsTextInTheChosenFont_SoChartsLookTheSameOnEveryMachine()
    {
        var texts = XElement.Parse(ChartRenderer.SvgFile(TwoLines())).Descendants(s_svg + "text").ToList();

        Assert.That(texts, Is.Not.Empty);
        Assert.That(texts.Select(t => (string?)t.Attribute("font-family")), Is.All.EqualTo(ChartRenderer.FontName));
    }

    [Test]
    public void ShouldDrawTheTitleAxisLabelsMonthsAndLegend_InTheDownloadedFile()
    {
        var words = string.Concat(XElement.Parse(ChartRenderer.SvgFile(TwoLines())).Descendants(s_svg + "text").Select(t => t.Value + "|"));

        Assert.That(words, Does.Contain("Starters and leavers").And.Contain("Month end").And.Contain("FTE"));
        Assert.That(words, Does.Contain("Sep 2024").And.Contain("Dec 2024"), "month labels");
        Assert.That(words, Does.Contain("Starters (FTE)").And.Contain("Leavers (FTE)"), "the legend names every line");
    }

    [Test]
    public void ShouldEscapeTextFromTheData_SoATeamNameCannotInjectMarkup()
    {
        var svg = ChartRenderer.Svg(TwoLines("<script>alert('x')</script> & team"), "c1-", "c1-title");

        var root = XElement.Parse(svg); // throws if the name broke the markup
        Assert.That(root.Descendants(s_svg + "script"), Is.Empty);
        Assert.That(svg, Does.Not.Contain("<script>"));
        Assert.That(string.Concat(root.Descendants(s_svg + "text").Select(t => t.Value)), Does.Contain("<script>alert('x')</script> & team"));
    }

    [Test]
    public void ShouldGiveEachInlinedChartItsOwnIds_SoChartsOnOnePageDoNotClipEachOther()
    {
        var first = XElement.Parse(ChartRenderer.Svg(TwoLines(), "a-", "t"));
        var second = XElement.Parse(ChartRenderer.Svg(TwoLines(), "b-", "t"));

        var ids = first.Descendants().Concat(second.Descendants()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void ShouldDrawATargetLine_NamedInTheLegend()
    {
        var spec = TwoLines() with { Series = [TwoLines().Series[0]], Target = 22 };

        var words = string.Concat(XElement.Parse(ChartRenderer.SvgFile(spec)).Descendants(s_svg + "text").Select(t => t.Value));

        Assert.That(words, Does.Contain("Target 22.0"));
    }

    [Test]
    public void ShouldWriteAPng()
    {
        var png = ChartRenderer.Png(TwoLines());

        Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(png, Has.Length.GreaterThan(5_000), "a chart, not an empty image");
    }

    [Test]
    public void ShouldDrawGroupedBars_ForABreakdown()
    {
        var spec = new ChartSpec("Leavers by reason", ChartKind.Bar, "Reason",
            [new("resignation", "Resignation"), new("retired", "Retired")],
            [new("leavings", "Leavings", MetricUnit.Leavings, [10, 3]), new("fte", "FTE", MetricUnit.Fte, [9.5, null])]);

        var words = string.Concat(XElement.Parse(ChartRenderer.SvgFile(spec)).Descendants(s_svg + "text").Select(t => t.Value + "|"));

        Assert.That(words, Does.Contain("Resignation").And.Contain("Retired").And.Contain("Leavings").And.Contain("FTE"));
    }
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// Charts are drawn on the server: a plain GET of a page (no browser, no script) already holds every chart as
/// SVG, so nothing is ever shown half-drawn and the page prints as it looks. Every chart's picture downloads too.
/// </summary>
public partial class FirstResponseChartsTests(DatabaseProvider provider) : SampleAppTest(provider)
{
    [TestCase("/overview", 8)]
    [TestCase("/workforce", 6)]
    [TestCase("/workforce?area=Family%20Safeguarding&team=FS01", 6)]
    [TestCase("/caseloads", 2)]
    [TestCase("/children", 4)]
    [TestCase("/referrals", 4)]
    [TestCase("/benchmarks", 6)]
    [TestCase("/changes", 4)]
    public async Task ShouldHoldEveryChartAsAnSvg_InThePlainHtmlOfThePage(string path, int charts)
    {
        var html = await Client.GetStringAsync(path);

        var sections = ChartSection().Split(html).Skip(1).ToList();
        Assert.That(sections, Has.Count.EqualTo(charts));
        Assert.That(sections.Select(s => s.Contains("class=\"wi-chart-svg\"", StringComparison.Ordinal) && s.Contains("<path", StringComparison.Ordinal)), Is.All.True, "each chart has its drawn SVG");
    }

    [TestCase("/download/series.{0}?metrics=WF-STR-FTE,WF-LVR-FTE&dimension=Council&group=Council&to=2025-09-30")]
    [TestCase("/download/breakdown.{0}?metrics=CH-W1,CH-W2,CH-W3P&dimension=CaseType&asOf=2025-09-30")]
    [TestCase("/download/caseloads.{0}?asOf=2025-09-30&area=Assessment")]
    [TestCase("/download/leavers-by-reason.{0}?asOf=2025-09-30")]
    public async Task ShouldDownloadEveryChartAsPngAndSvg(string url)
    {
        using var png = await Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "png"));
        using var svg = await Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "svg"));

        Assert.That(png.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
        Assert.That((await png.Content.ReadAsByteArrayAsync()).Take(4), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));
        Assert.That(png.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".png"));
        Assert.That(svg.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        Assert.That(XDocument.Parse(await svg.Content.ReadAsStringAsync()).Root!.Name.LocalName, Is.EqualTo("svg"));
    }

    [Test]
    public async Task ShouldEscapeTheGroupNamedInTheUrl_InTheChartItDraws()
    {
        var svg = await Client.GetStringAsync("/download/series.svg?metrics=WF-TURN&dimension=Team&group=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        var document = XDocument.Parse(svg);
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "script"), Is.Empty);
        Assert.That(string.Concat(document.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value)), Does.Contain("team <script>alert(1)</script>"));
    }

    [GeneratedRegex("<section class=\"(?:wi-chart|wi-sparkline-block)\"")]
    private static partial Regex ChartSection();
}

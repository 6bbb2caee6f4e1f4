using Bunit;
using WorkforceInsights.Charts;
using WorkforceInsights.Web.Components.Charts;

namespace WorkforceInsights.Web.Tests.Components;

public class ChartFigureTests : ComponentTest
{
    private static readonly ChartSpec s_turnover = new(
        "Turnover rate, rolling 12 months", ChartKind.Line, "Month end",
        [new("2025-08-31", "Aug 2025"), new("2025-09-30", "Sep 2025"), new("2025-10-31", "Oct 2025")],
        [new("WF-TURN", "Turnover rate", WorkforceInsights.Core.Metrics.MetricUnit.Percent, [10.2, null, 9.1])], Target: 12);

    private IRenderedComponent<ChartFigure> RenderChart(ChartSpec spec) => Context.Render<ChartFigure>(p => p
        .Add(c => c.Spec, spec)
        .Add(c => c.CsvUrl, "/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council")
        .Add(c => c.DataChart, "WF-TURN"));

    [Test]
    public void ShouldDrawTheChartAsAnSvg_NamedByItsHeadingAndItsSummary()
    {
        var cut = RenderChart(s_turnover);

        var svg = cut.Find("figure svg.wi-chart-svg");
        var names = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.That(svg.GetAttribute("role"), Is.EqualTo("img"));
        Assert.That(cut.Find("#" + names[0]).TextContent, Is.EqualTo("Turnover rate, rolling 12 months"));
        Assert.That(cut.Find("#" + names[1]).TextContent, Is.EqualTo("Turnover rate: 9.1% in Oct 2025, down 1.1 points since Aug 2025, ranging from 9.1% to 10.2%; target 12.0%."));
    }

    [Test]
    public void ShouldHoldTheSameNumbersAsATable_OneRowPerPoint_WithNoDataWhereAMonthHasNone()
    {
        var cut = RenderChart(s_turnover);

        var rows = cut.FindAll("[data-testid='chart-table'] tbody tr");
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows.Select(r => r.QuerySelector("th")!.TextContent), Is.EqualTo(new[] { "Aug 2025", "Sep 2025", "Oct 2025" }));
        Assert.That(rows.Select(r => r.QuerySelector("td[data-series='WF-TURN']")!.TextContent), Is.EqualTo(new[] { "10.2%", "no data", "9.1%" }));
    }

    [Test]
    public void ShouldOfferTheNumbersAsCsv_AndTheChartAsPngAndSvg_FromTheSameQuery()
    {
        var cut = RenderChart(s_turnover);

        var links = cut.FindAll("a[download]").ToDictionary(a => a.GetAttribute("data-format")!, a => a.GetAttribute("href"));
        Assert.That(links["csv"], Is.EqualTo("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council"));
        Assert.That(links["png"], Is.EqualTo("/download/series.png?metrics=WF-TURN&dimension=Council&group=Council"));
        Assert.That(links["svg"], Is.EqualTo("/download/series.svg?metrics=WF-TURN&dimension=Council&group=Council"));
    }

    [Test]
    public void ShouldSayNoData_RatherThanDrawAnEmptyChart()
    {
        var cut = RenderChart(s_turnover with { Series = [new("WF-TURN", "Turnover rate", WorkforceInsights.Core.Metrics.MetricUnit.Percent, [null, null, null])] });

        Assert.That(cut.FindAll("svg.wi-chart-svg"), Is.Empty);
        Assert.That(cut.Markup, Does.Contain("No data for this date."));
    }
}

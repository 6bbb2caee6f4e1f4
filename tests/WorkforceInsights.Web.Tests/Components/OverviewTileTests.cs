using Bunit;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Components.Pages.Overview;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.Components;

public class OverviewTileTests : ComponentTest
{
    private static OverviewViewModel.Tile Turnover()
    {
        MetricSeriesPoint[] trend = [new(new DateOnly(2024, 10, 31), "WF-TURN", 40, 300, 13.3), new(new DateOnly(2025, 10, 31), "WF-TURN", 27, 297, 9.1)];
        return new OverviewViewModel.Tile(MetricCatalog.Get("WF-TURN").Info, 9.1, 13.3, 12, Status.Better, Status.Better, trend, "/download/series.csv?metrics=WF-TURN&dimension=Team&group=FS01");
    }

    private IRenderedComponent<OverviewTile> RenderTile() => Context.Render<OverviewTile>(p => p
        .Add(t => t.Tile, Turnover())
        .Add(t => t.Area, "Family Safeguarding")
        .Add(t => t.Team, "FS01")
        .Add(t => t.AsOf, new DateOnly(2025, 10, 31)));

    [Test]
    public void ShouldShowTheValue_ItsChange_AndItsStatusInWordsAndSymbols()
    {
        var cut = RenderTile();

        Assert.That(cut.Find(".wi-tile-value").TextContent, Is.EqualTo("9.1%"));
        Assert.That(cut.Find(".wi-tile-change").TextContent, Does.Contain("−4.2 points on a year before").And.Contain("✔ better"));
        Assert.That(cut.Find(".wi-tile-target").TextContent, Does.Contain("Target 12.0%").And.Contain("✔ better"));
    }

    [Test]
    public void ShouldDrawItsTrend_WithTheNumbersAsATable()
    {
        var cut = RenderTile();

        Assert.That(cut.FindAll("svg.wi-chart-svg"), Has.Count.EqualTo(1));
        Assert.That(cut.FindAll("[data-testid='chart-table'] tbody tr"), Has.Count.EqualTo(2));
    }

    [Test]
    public void ShouldLinkToTheFiguresPage_KeepingTheDateAreaAndTeam()
    {
        var cut = RenderTile();

        Assert.That(cut.Find("a.mud-link").GetAttribute("href"), Is.EqualTo("/workforce?asOf=2025-10-31&area=Family%20Safeguarding&team=FS01"));
    }

    [Test]
    public void ShouldWithholdTheChange_WhenTheYearBeforeIsWithheld()
    {
        // A team's turnover a year before was 3 FTE leavers over 20 FTE (15.0%): suppressed; 9.1% now would give it away by the change.
        MetricSeriesPoint[] trend = [new(new DateOnly(2024, 10, 31), "WF-TURN", 3, 20, 15.0), new(new DateOnly(2025, 10, 31), "WF-TURN", 27, 297, 9.1)];
        var tile = new OverviewViewModel.Tile(MetricCatalog.Get("WF-TURN").Info, 9.1, 15.0, 12, Status.Better, Status.Better, trend,
            "/download/series.csv?metrics=WF-TURN&dimension=Team&group=FS01", WithheldPoints.Of(Dimension.Team, trend));

        var cut = Context.Render<OverviewTile>(p => p.Add(t => t.Tile, tile).Add(t => t.Area, "Family Safeguarding").Add(t => t.Team, "FS01").Add(t => t.AsOf, new DateOnly(2025, 10, 31)));

        Assert.That(cut.Find(".wi-tile-value").TextContent, Is.EqualTo("9.1%"));
        Assert.That(cut.Find(".wi-tile-change").TextContent, Does.Contain("suppressed").And.Not.Contain("points"));
        Assert.That(cut.Find("[data-testid='chart-table']").TextContent, Does.Contain("suppressed").And.Not.Contain("15.0"));
    }

    [Test]
    public void ShouldSayFewerThan12MonthsOfData_InsteadOfAValueChangeOrStatus_WhenTheHistoryIsTooShort()
    {
        // Oct 2019 is the first month whose year the history covers; Sep 2019 is held back (no value, numerator 0).
        MetricSeriesPoint[] trend = [new(new DateOnly(2019, 9, 30), "WF-TURN", 0, null, null, ShortHistory: true), new(new DateOnly(2019, 10, 31), "WF-TURN", 27, 297, 9.1)];
        var tile = new OverviewViewModel.Tile(MetricCatalog.Get("WF-TURN").Info, null, null, 12, Status.NoData, Status.NoData, [trend[0]], "/download/series.csv?metrics=WF-TURN", ShortHistory: true);

        var cut = Context.Render<OverviewTile>(p => p.Add(t => t.Tile, tile));

        Assert.That(cut.Find(".wi-tile-value").TextContent, Is.EqualTo("fewer than 12 months of data"));
        Assert.That(cut.FindAll(".wi-tile-change, .wi-tile-target"), Is.Empty);
        Assert.That(cut.Find(".wi-tile").GetAttribute("data-value"), Is.Empty, "no value, as in the CSV");
        Assert.That(cut.Find("[data-testid='chart-table'] td").TextContent, Is.EqualTo("fewer than 12 months of data"));
        Assert.That(cut.Find("[data-testid='chart-table'] td").GetAttribute("data-value"), Is.Empty);
    }
}

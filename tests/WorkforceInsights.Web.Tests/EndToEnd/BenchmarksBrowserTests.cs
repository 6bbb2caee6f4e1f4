using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>The Benchmarks page and the briefing pack, as a Leader sees them.</summary>
public class BenchmarksBrowserTests : BrowserTest
{
    [Test]
    public async Task ShouldShowTheSixMeasuresTheirPublishedYearsAndTheNeighbours()
    {
        var page = await Session.OpenInteractiveAsync("/benchmarks");

        Assert.That(await page.Locator("[data-testid='benchmarks-table'] tbody tr").CountAsync(), Is.EqualTo(6));
        Assert.That(await page.Locator("section.wi-chart svg.wi-chart-svg").CountAsync(), Is.EqualTo(6), "each measure over the published years");
        Assert.That(await page.Locator("[data-testid='neighbours'] li").CountAsync(), Is.EqualTo(10));
        await Screenshots.SaveAsync(page, "benchmarks.png", fullPage: false);
    }

    [Test]
    public async Task ShouldOfferTheBriefingPackOnTheOverview_AsAWordDocument()
    {
        var page = await Session.OpenInteractiveAsync("/overview");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid='pack-download']"));

        Assert.That(download.SuggestedFilename, Does.Match(@"^briefing-pack_\d{4}-\d{2}-\d{2}\.docx$"));
        var path = await download.PathAsync();
        Assert.That(new FileInfo(path!).Length, Is.GreaterThan(50_000), "a document with its charts");
    }
}

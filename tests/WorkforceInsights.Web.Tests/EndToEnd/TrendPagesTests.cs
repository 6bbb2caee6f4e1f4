using Microsoft.Playwright;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.EndToEnd;

public class TrendPagesTests : BrowserTest
{
    private static IEnumerable<TestCaseData> Pages()
    {
        yield return new TestCaseData("/workforce", TrendCharts.Workforce.Count, "workforce-council.png");
        yield return new TestCaseData("/children", TrendCharts.Children.Count, "children.png");
        yield return new TestCaseData("/referrals", TrendCharts.ReferralsAndDemand.Count, "referrals.png");
    }

    [TestCaseSource(nameof(Pages))]
    public async Task ShouldLoadWithEveryChartDrawnAndNoErrorShown(string path, int charts, string screenshot)
    {
        var page = await Session.OpenInteractiveAsync(path);
        await page.WaitForSelectorAsync("g.rz-line-series path");

        Assert.That(await page.Locator("section.wi-chart").CountAsync(), Is.EqualTo(charts));
        Assert.That(await page.Locator("section.wi-chart g.rz-line-series path").CountAsync(), Is.GreaterThanOrEqualTo(charts));
        Assert.That(await page.IsVisibleAsync("#blazor-error-ui"), Is.False);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SampleCouncilApp.RepositoryRoot(), "artifacts", "screenshots", screenshot), FullPage = true });
    }
}

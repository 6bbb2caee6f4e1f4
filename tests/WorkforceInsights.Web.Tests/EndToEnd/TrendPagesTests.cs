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
        // Radzen draws each chart after its script measures the container: wait for all of them, not the first.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('section.wi-chart g.rz-line-series path').length >= n", charts);

        Assert.That(await page.Locator("section.wi-chart").CountAsync(), Is.EqualTo(charts));
        Assert.That(await page.IsVisibleAsync("#blazor-error-ui"), Is.False);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf(screenshot), FullPage = true });
    }

    [Test]
    public async Task ShouldSplitTheChildrensMeasuresByCaseType_InTheUrl()
    {
        var page = await Session.OpenInteractiveAsync("/children");
        var council = await page.Locator("section[data-chart='CH-3P-RATE'] td[data-metric='CH-3P-RATE']").Last.GetAttributeAsync("data-value");

        await page.SelectOptionAsync("#filter-case-type", "CP");
        await page.WaitForSelectorAsync("[data-testid='scope'][data-dimension='CaseType'][data-group='CP']");

        Assert.That(page.Url, Does.EndWith("/children?caseType=CP"));
        Assert.That(await page.Locator("section[data-chart='CH-3P-RATE'] td[data-metric='CH-3P-RATE']").Last.GetAttributeAsync("data-value"), Is.Not.EqualTo(council));
    }

    [Test]
    public async Task ShouldReachEveryFilterByKeyboard()
    {
        var page = await Session.OpenInteractiveAsync("/children");
        await page.EvaluateAsync("() => { document.body.setAttribute('tabindex', '-1'); document.body.focus(); }");

        var ids = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            ids.Add(await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        Assert.That(ids, Is.SupersetOf(new[] { "filter-as-of", "filter-area", "filter-team", "filter-case-type" }));
    }
}

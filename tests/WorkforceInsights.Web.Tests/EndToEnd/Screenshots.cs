using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The browser tests' screenshots of each page (artifacts/screenshots; the README shows the committed copies in
/// docs/screenshots), taken once the page has settled (charts are drawn by the server, so they are complete in the first response).
/// </summary>
public static class Screenshots
{
    public static string PathOf(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(WorkforceInsights.TestSupport.RepositoryPaths.Root, "artifacts", "screenshots")).FullName;
        return Path.Combine(folder, name);
    }

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        await WaitForChartsDrawnAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = PathOf(name), FullPage = fullPage });
    }

    /// <summary>Charts come drawn in the page's HTML; wait only for the page's own requests and fonts to settle.</summary>
    public static async Task WaitForChartsDrawnAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready");
    }
}

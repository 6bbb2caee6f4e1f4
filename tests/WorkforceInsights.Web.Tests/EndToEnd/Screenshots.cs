using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The browser tests' screenshots of each page (artifacts/screenshots; the README shows the committed copies in
/// docs/screenshots), taken once every chart is drawn and has stopped changing.
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

    /// <summary>
    /// Radzen draws a chart, measures its container in script, then draws it again at its real size (axes
    /// appear then): wait until every chart has its axis labels and the charts' markup holds still.
    /// </summary>
    public static async Task WaitForChartsDrawnAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('section.wi-chart .rz-chart')].every(c => c.querySelector('.rz-tick-text'))");
        var previous = string.Empty;
        for (var i = 0; i < 20; i++)
        {
            var markup = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('.rz-chart')].map(c => c.innerHTML).join('')");
            if (markup == previous)
            {
                return;
            }

            previous = markup;
            await page.WaitForTimeoutAsync(250);
        }
    }
}

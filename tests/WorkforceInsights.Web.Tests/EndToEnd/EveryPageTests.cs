using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>What every page owes its reader: accessibility, and the data's date and last import.</summary>
public class EveryPageTests : BrowserTest
{
    private static readonly string[] s_pages = ["/overview", "/workforce", "/caseloads", "/children", "/referrals", "/", "/data"];

    [TestCase("/overview")]
    [TestCase("/workforce")]
    [TestCase("/children")]
    [TestCase("/referrals")]
    [TestCase("/data")]
    [TestCase("/caseloads")]
    [TestCase("/workforce?area=Family%20Safeguarding&team=FS01")]
    [TestCase("/caseloads?area=Assessment&asOf=2023-03-31")]
    [TestCase("/")]
    public async Task ShouldHaveNoSeriousOrCriticalAccessibilityViolations(string path)
    {
        var page = await Session.Browser.NewPageAsync();
        await page.GotoAsync(Session.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.That(serious, Is.Empty);
    }

    [Test]
    public async Task ShouldLoadWithNoErrorShown_AndTheDataAsAtDateAndLastImportTime_OnEveryPage()
    {
        foreach (var path in s_pages)
        {
            var page = await Session.Browser.NewPageAsync();
            var scriptErrors = new List<string>();
            page.PageError += (_, error) => scriptErrors.Add(error);
            page.Console += (_, message) => { if (message.Type == "error") { scriptErrors.Add(message.Text); } };
            await page.GotoAsync(Session.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var stamp = page.Locator("[data-testid='data-as-at']");

            Assert.That(await stamp.Locator("[data-as-of]").GetAttributeAsync("data-as-of"), Does.Match(@"^\d{4}-\d{2}-\d{2}$"), path);
            Assert.That(await stamp.Locator("[data-testid='last-import']").InnerTextAsync(), Does.Match(@"^\d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$"), path);
            Assert.That(await page.IsVisibleAsync("#blazor-error-ui"), Is.False, path);
            Assert.That(scriptErrors, Is.Empty, path);
            await page.CloseAsync();
        }
    }
}

using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>What every page owes its reader: accessibility, and the data's date and last import.</summary>
public class EveryPageTests : BrowserTest
{
    private static readonly string[] s_pages = ["/overview", "/workforce", "/caseloads", "/children", "/changes", "/referrals", "/benchmarks", "/", "/data"];

    /// <summary>Pages for data officers only; the rest are opened as a Leader.</summary>
    private static readonly string[] s_dataOfficerPages = ["/data", "/access-log"];

    private IBrowserContext _dataOfficer = null!;

    [OneTimeSetUp]
    public async Task SignInAsDataOfficerAsync() => _dataOfficer = await BrowserSession.SignedInContextAsync(Session.Browser, Session.BaseUrl, "DataOfficer");

    private Task<IPage> NewPageAsync(string path) =>
        (s_dataOfficerPages.Any(path.StartsWith) ? _dataOfficer : Session.Context).NewPageAsync();

    [TestCase("/overview")]
    [TestCase("/workforce")]
    [TestCase("/children")]
    [TestCase("/referrals")]
    [TestCase("/data")]
    [TestCase("/caseloads")]
    [TestCase("/workforce?area=Family%20Safeguarding&team=FS01")]
    [TestCase("/caseloads?area=Assessment&asOf=2023-03-31")]
    [TestCase("/")]
    [TestCase("/access-log")]
    [TestCase("/signin")]
    [TestCase("/benchmarks")]
    [TestCase("/changes")]
    public async Task ShouldHaveNoSeriousOrCriticalAccessibilityViolations(string path)
    {
        var page = await NewPageAsync(path);
        await page.GotoAsync(Session.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.That(serious, Is.Empty);
    }

    /// <summary>The Content-Security-Policy is strict (scripts from this origin only): Blazor, MudBlazor and the sign-in page work under it.</summary>
    [TestCase("/access-log")]
    [TestCase("/signin")]
    [TestCase("/overview?area=Assessment")]
    public async Task ShouldRunUnderTheContentSecurityPolicy_WithNoErrorInTheConsole(string path)
    {
        var page = await (path == "/signin" ? await Session.Browser.NewContextAsync() : s_dataOfficerPages.Contains(path) ? _dataOfficer : Session.Context).NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
        page.PageError += (_, error) => errors.Add(error);
        var response = await page.GotoAsync(Session.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.That(response!.Headers["content-security-policy"], Does.Contain("script-src 'self'"));
        Assert.That(errors, Is.Empty);
        if (path != "/signin")
        {
            await page.WaitForSelectorAsync("[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        }
    }

    [Test]
    public async Task ShouldLoadWithNoErrorShown_AndTheDataAsAtDateAndLastImportTime_OnEveryPage()
    {
        foreach (var path in s_pages)
        {
            var page = await NewPageAsync(path);
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

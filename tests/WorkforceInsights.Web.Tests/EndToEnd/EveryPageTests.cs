using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>What every page owes its reader: accessibility, and the data's date and last import.</summary>
public class EveryPageTests : BrowserTest
{
    /// <summary>Pages for data officers only; the rest are opened as a Leader.</summary>
    private static readonly string[] s_dataOfficerPages = ["/data", "/access-log"];

    private IBrowserContext _dataOfficer = null!;

    [OneTimeSetUp]
    public async Task SignInAsDataOfficerAsync() => _dataOfficer = await Session.NewContextAsync("DataOfficer");

    private Task<IPage> NewPageAsync(string path) =>
        (s_dataOfficerPages.Any(path.StartsWith) ? _dataOfficer : Session.Context).NewPageAsync();

    /// <summary>
    /// One visit a page: no error shown or logged by a script, the data's date and last import in the stamp (pages of
    /// figures), and no serious or critical accessibility violation.
    /// </summary>
    [TestCase("/overview", true)]
    [TestCase("/workforce", true)]
    [TestCase("/children", true)]
    [TestCase("/referrals", true)]
    [TestCase("/data", true)]
    [TestCase("/caseloads", true)]
    [TestCase("/workforce?area=Family%20Safeguarding&team=FS01", true)]
    [TestCase("/caseloads?area=Assessment&asOf=2023-03-31", true)]
    [TestCase("/caseloads?area=Family%20Safeguarding", true)]
    [TestCase("/", true)]
    [TestCase("/access-log", false)]
    [TestCase("/signin", false)]
    [TestCase("/benchmarks", true)]
    [TestCase("/changes", true)]
    [TestCase("/agency", true)]
    [TestCase("/plan", true)]
    public async Task ShouldShowNoError_TheDataStamp_AndNoSeriousAccessibilityViolation(string path, bool showsFigures)
    {
        var page = await NewPageAsync(path);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") { scriptErrors.Add(message.Text); } };
        await page.GotoAsync(Session.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        if (showsFigures)
        {
            var stamp = page.Locator("[data-testid='data-as-at']");
            Assert.That(await stamp.Locator("[data-as-of]").GetAttributeAsync("data-as-of"), Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
            Assert.That(await stamp.Locator("[data-testid='last-import']").InnerTextAsync(), Does.Match(@"^\d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$"));
        }

        Assert.That(await page.IsVisibleAsync("#blazor-error-ui"), Is.False);
        Assert.That(scriptErrors, Is.Empty);
        Assert.That(await Accessibility.SeriousViolationsAsync(page), Is.Empty);
        await page.CloseAsync();
    }

    /// <summary>The Content-Security-Policy is strict (scripts from this origin only): Blazor, MudBlazor and the sign-in page work under it.</summary>
    [TestCase("/access-log")]
    [TestCase("/signin")]
    [TestCase("/overview?area=Assessment")]
    public async Task ShouldRunUnderTheContentSecurityPolicy_WithNoErrorInTheConsole(string path)
    {
        var page = await (path == "/signin" ? await Session.NewContextAsync(null) : s_dataOfficerPages.Contains(path) ? _dataOfficer : Session.Context).NewPageAsync();
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
}

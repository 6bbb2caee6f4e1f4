using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using WorkforceInsights.Web.Tests.EndToEnd;
using WorkforceInsights.Web.Tests.Identity;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// Sign-in with a real OpenID Connect provider (OpenIddict, in the test run): the authorization code flow with
/// PKCE, roles and scope from the token, and each role seeing its column of access.md's table in Chromium.
/// </summary>
[NonParallelizable]
[Category("Browser")]
public class OpenIdConnectSignInTests
{
    private const string ClientId = "workforce-insights";
    private const string ClientSecret = "test-secret-not-for-production";

    private TestIdentityProvider _provider = null!;
    private SampleCouncilApp _app = null!;
    private string _baseUrl = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The provider must know the app's redirect URI before the app starts: choose the app's port first.
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        _provider = await TestIdentityProvider.StartAsync(ClientId, ClientSecret, $"{_baseUrl}/signin-oidc", $"{_baseUrl}/signout-callback-oidc");
        _app = new SampleCouncilApp(settings: new Dictionary<string, string>
        {
            ["Authentication:Mode"] = "OpenIdConnect",
            ["Authentication:Authority"] = _provider.Authority,
            ["Authentication:ClientId"] = ClientId,
            ["Authentication:ClientSecret"] = ClientSecret,
            ["Authentication:RequireHttpsMetadata"] = "false", // the test provider is plain HTTP on loopback
        });
        _app.UseKestrel(port);
        _app.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _app.Dispose();
        await _provider.DisposeAsync();
    }

    [Test]
    public async Task ShouldSendAnAnonymousVisitorToTheProvider_WithTheCodeFlowAndPkce()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_baseUrl) };

        using var page = await http.GetAsync("/overview");
        var location = page.Headers.Location!.ToString();

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(location, Does.StartWith(_provider.Authority + "connect/authorize"));
        Assert.That(location, Does.Contain("response_type=code").And.Contain("code_challenge=").And.Contain("code_challenge_method=S256"));
        Assert.That(location, Does.Contain("client_id=" + ClientId));
    }

    [TestCase("/overview")]
    [TestCase("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council")]
    [TestCase("/download/caseloads.csv?team=FS01")]
    public async Task ShouldAnswerNoAnonymousRequestWithData(string url)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_baseUrl) };

        using var response = await http.GetAsync(url);

        Assert.That((int)response.StatusCode, Is.AnyOf(302, 401));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("WF-TURN").And.Not.Contain("wi-chart-svg"));
    }

    [Test]
    public async Task ShouldRefuseTheBlazorHub_ToAnAnonymousRequest()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };

        using var response = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("leader", true, false, TestName = "ShouldShowALeaderEveryTeamsWorkers_ButNotTheImportErrors")]
    [TestCase("hr", false, false, TestName = "ShouldShowHrTheFiguresButNoWorkersCaseloads")]
    [TestCase("dataofficer", false, true, TestName = "ShouldShowADataOfficerTheImportErrorsButNoWorkersCaseloads")]
    public async Task ShouldShowEachRoleItsColumnOfTheTable(string user, bool workers, bool dataQuality)
    {
        await using var browser = await SignedInBrowserAsync(user);
        var page = browser.Page;

        await page.GotoAsync(_baseUrl + "/caseloads?area=Assessment&team=AS01");
        await page.WaitForSelectorAsync("[data-testid='scope']");

        Assert.That(await page.Locator("[data-testid='case-holders']").CountAsync(), Is.EqualTo(workers ? 1 : 0));
        Assert.That(await page.Locator("nav >> text=Import errors and data quality").CountAsync(), Is.EqualTo(dataQuality ? 1 : 0));
        Assert.That(await page.InnerTextAsync("[data-testid='signed-in-as']"), Does.Contain(TestIdentityProvider.Users.Single(u => u.UserName == user).DisplayName));
        var data = await page.Context.APIRequest.GetAsync(_baseUrl + "/data");
        Assert.That(data.Url, dataQuality ? Does.EndWith("/data") : Does.Contain("/not-permitted"));
    }

    [Test]
    public async Task ShouldShowAnOperationsManagerTheirOwnTeamsWorkers_AndRefuseAnotherTeamsByUrlAndByDownload()
    {
        await using var browser = await SignedInBrowserAsync("opsmanager");
        var page = browser.Page;

        await page.GotoAsync(_baseUrl + "/caseloads?area=Family%20Safeguarding&team=FS01");
        await page.WaitForSelectorAsync("[data-testid='scope']");
        Assert.That(await page.Locator("[data-testid='case-holders']").CountAsync(), Is.EqualTo(1), "their own team");

        await page.GotoAsync(_baseUrl + "/caseloads?area=Assessment&team=AS01");
        await page.WaitForSelectorAsync("[data-testid='scope']");
        Assert.That(await page.Locator("[data-testid='case-holders']").CountAsync(), Is.Zero, "another team, asked for by URL");
        Assert.That(await page.Locator("[data-testid='not-permitted']").CountAsync(), Is.EqualTo(1));

        var download = await page.Context.APIRequest.GetAsync(_baseUrl + "/download/caseloads.csv?team=AS01");
        Assert.That(download.Status, Is.EqualTo(403), "another team, asked for by download");
        var own = await page.Context.APIRequest.GetAsync(_baseUrl + "/download/caseloads.csv?team=FS01");
        Assert.That(own.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task ShouldTellAUserWithNoRoleThatTheyHaveNone_AndShowNothingElse()
    {
        await using var browser = await SignedInBrowserAsync("norole", landOn: "/not-permitted");

        Assert.That(await browser.Page.Locator("[data-testid='no-role']").CountAsync(), Is.EqualTo(1));
        Assert.That(await browser.Page.Locator("svg.wi-chart-svg").CountAsync(), Is.Zero);
    }

    /// <summary>Chromium signs in through the provider's own login page, as a person would.</summary>
    private async Task<SignedInBrowser> SignedInBrowserAsync(string user, string landOn = "/overview")
    {
        var context = await (await SharedBrowser.GetAsync()).NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/overview");
        await page.WaitForSelectorAsync("#username"); // the provider's login page
        await page.SelectOptionAsync("#username", user);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => url.StartsWith(_baseUrl + landOn, StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 30_000 });
        return new SignedInBrowser(context, page);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A profile of its own in the run's browser, so each user's sign-in cookie is theirs alone.</summary>
    private sealed record SignedInBrowser(IBrowserContext Context, IPage Page) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }
}

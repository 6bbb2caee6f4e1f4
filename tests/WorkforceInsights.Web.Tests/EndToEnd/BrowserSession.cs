using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The app on the sample council behind a real Kestrel port, and Debian's Chromium driven by
/// Playwright (never a browser Playwright downloads). Ignored, with the reason, where Chromium is not installed.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private BrowserSession(SampleCouncilApp app, IPlaywright playwright, IBrowser browser, IBrowserContext context, string baseUrl)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        Context = context;
        BaseUrl = baseUrl;
    }

    public SampleCouncilApp App { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    /// <summary>A browser profile signed in as a Leader (every figure, every team's workers) through the demo sign-in.</summary>
    public IBrowserContext Context { get; }

    public string BaseUrl { get; }

    /// <param name="settings">App settings over the sample council's (e.g. a lower case-holder chart limit).</param>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"Browser tests skipped: no Chromium at {ChromiumPath} (apt-get install chromium; .ci/run does).");
        }

        var app = new SampleCouncilApp(settings: settings);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var baseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        var context = await SignedInContextAsync(browser, baseUrl, "Leader");
        return new BrowserSession(app, playwright, browser, context, baseUrl);
    }

    /// <summary>An HTTP client signed in as a Leader, for the downloads a page links to.</summary>
    public async Task<HttpClient> SignedInHttpAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        (await http.GetAsync("/signin/demo?role=Leader&returnUrl=/health")).EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>A new browser profile signed in with the demo sign-in as the role (and scope) given.</summary>
    public static async Task<IBrowserContext> SignedInContextAsync(IBrowser browser, string baseUrl, string role, string? scope = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/signin/demo?role={role}{(scope is null ? string.Empty : "&scope=" + Uri.EscapeDataString(scope))}&returnUrl=/health");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Opens a page and waits until the Blazor circuit is interactive (the page flips data-interactive).</summary>
    /// <param name="path">The page, e.g. "/overview?team=FS01".</param>
    /// <param name="context">A browser profile signed in as another role; the Leader's when null.</param>
    public async Task<IPage> OpenInteractiveAsync(string path, IBrowserContext? context = null)
    {
        var page = await (context ?? Context).NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        await page.WaitForSelectorAsync("[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Browser.DisposeAsync();
        Playwright.Dispose();
        App.Dispose();
    }
}

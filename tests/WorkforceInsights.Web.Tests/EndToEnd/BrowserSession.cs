using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The app on the sample council behind a real Kestrel port, and a profile of the run's one Chromium
/// (<see cref="SharedBrowser"/>) signed in to it. Ignored, with the reason, where Chromium is not installed.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(SampleCouncilApp app, IBrowser browser, IBrowserContext context, string baseUrl)
    {
        App = app;
        Browser = browser;
        Context = context;
        BaseUrl = baseUrl;
    }

    public SampleCouncilApp App { get; }

    public IBrowser Browser { get; }

    /// <summary>A browser profile signed in as a Leader (every figure, every team's workers) through the demo sign-in.</summary>
    public IBrowserContext Context { get; }

    public string BaseUrl { get; }

    /// <param name="settings">App settings over the sample council's (e.g. a lower case-holder chart limit).</param>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var browser = await SharedBrowser.GetAsync();
        var app = new SampleCouncilApp(settings: settings);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        var context = await SignedInContextAsync(browser, baseUrl, "Leader");
        return new BrowserSession(app, browser, context, baseUrl);
    }

    /// <summary>An HTTP client signed in as a Leader, for the downloads a page links to.</summary>
    public async Task<HttpClient> SignedInHttpAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        (await http.GetAsync("/signin/demo?role=Leader&returnUrl=/health")).EnsureSuccessStatusCode();
        return http;
    }

    private readonly List<IBrowserContext> _otherContexts = [];

    /// <summary>A further browser profile, signed in as the role (and scope) given, or signed out when the role is null; closed with the session.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? role, string? scope = null)
    {
        var context = role is null ? await Browser.NewContextAsync() : await SignedInContextAsync(Browser, BaseUrl, role, scope);
        _otherContexts.Add(context);
        return context;
    }

    /// <summary>A new browser profile signed in with the demo sign-in as the role (and scope) given.</summary>
    private static async Task<IBrowserContext> SignedInContextAsync(IBrowser browser, string baseUrl, string role, string? scope = null)
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
        foreach (var context in _otherContexts.Append(Context))
        {
            await context.DisposeAsync(); // its pages' live connections close with it; the browser is the run's and outlives the fixture
        }

        App.Dispose();
    }
}

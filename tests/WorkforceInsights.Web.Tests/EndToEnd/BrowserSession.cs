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

    private BrowserSession(SampleCouncilApp app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
        BaseUrl = baseUrl;
    }

    public SampleCouncilApp App { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public string BaseUrl { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"Browser tests skipped: no Chromium at {ChromiumPath} (apt-get install chromium; .ci/run does).");
        }

        var app = new SampleCouncilApp();
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
        return new BrowserSession(app, playwright, browser, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and waits until the Blazor circuit is interactive (the page flips data-interactive).</summary>
    public async Task<IPage> OpenInteractiveAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(BaseUrl + path);
        await page.WaitForSelectorAsync("[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        App.Dispose();
    }
}

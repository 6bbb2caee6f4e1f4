using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// One Chromium per test run (launching one takes seconds): each fixture opens its own browser contexts (profiles,
/// with their own cookies) in it. Debian's Chromium only, never a browser Playwright downloads.
/// </summary>
public static class SharedBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;

    /// <summary>The run's browser, launched on first use; the test is ignored, with the reason, where Chromium is not installed.</summary>
    public static async Task<IBrowser> GetAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"Browser tests skipped: no Chromium at {ChromiumPath} (apt-get install chromium; .ci/run does).");
        }

        await s_gate.WaitAsync();
        try
        {
            if (s_browser is not { IsConnected: true })
            {
                s_playwright ??= await Playwright.CreateAsync();
                s_browser = await s_playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                });
            }

            return s_browser;
        }
        finally
        {
            s_gate.Release();
        }
    }

    public static async Task DisposeAsync()
    {
        if (s_browser is not null)
        {
            await s_browser.DisposeAsync();
        }

        s_playwright?.Dispose();
        (s_browser, s_playwright) = (null, null);
    }
}

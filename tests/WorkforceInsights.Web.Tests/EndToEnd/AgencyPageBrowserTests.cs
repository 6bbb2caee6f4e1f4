using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>
/// The Agency page in a real browser, with the sample's £45.00 social-worker cap: it loads interactive, passes the
/// accessibility check with the register, chart and tiles on it, and the register sorts from the keyboard.
/// </summary>
public class AgencyPageBrowserTests : BrowserTest
{
    protected override IReadOnlyDictionary<string, string> Settings => AgencyPageTests.SampleCap;

    [Test]
    public async Task ShouldLoadWithTheRegister_AndNoSeriousOrCriticalAccessibilityViolation()
    {
        var page = await Session.OpenInteractiveAsync("/agency?asOf=2026-09-30");

        Assert.That(await page.Locator("[data-testid='agency-register'] [data-rule='price_cap'][data-status='breach, signed off 2025-10-15']").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator("[data-testid='agency-spend'] h2").InnerTextAsync(), Is.EqualTo(Services.AgencySpendChart.Title));
        Assert.That(await Accessibility.SeriousViolationsAsync(page), Is.Empty);
        await Screenshots.SaveAsync(page, "agency.png");
    }

    [Test]
    public async Task ShouldSortTheRegisterByWorker_FromTheKeyboard()
    {
        var page = await Session.OpenInteractiveAsync("/agency?asOf=2026-09-30");
        var workers = page.Locator("[data-testid='agency-register'] tbody th[data-worker]");
        await page.GetByLabel("Filter by worker, agency, job type or status").FocusAsync();

        // Tab from the register's filter box to the "Worker" heading, the first sort button after it.
        string? focused = null;
        for (var i = 0; i < 10 && focused != "Worker"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim();
        }

        Assert.That(focused, Is.EqualTo("Worker"), "the sort heading is reached by Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(workers, ascending: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(workers, ascending: false);
    }

    /// <summary>Waits until the listed workers are in order (the live connection re-renders the table).</summary>
    private static async Task Expect(ILocator workers, bool ascending)
    {
        string[] ids = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            ids = await workers.EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.worker)");
            var sorted = ascending ? ids.Order(StringComparer.Ordinal) : ids.OrderDescending(StringComparer.Ordinal);
            if (ids.Length > 1 && ids.SequenceEqual(sorted))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the register is not sorted {(ascending ? "up" : "down")} by worker: {string.Join(", ", ids)}");
    }
}

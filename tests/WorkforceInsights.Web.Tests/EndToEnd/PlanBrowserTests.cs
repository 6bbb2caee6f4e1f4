using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>The Plan page in a browser, as a Leader: a scenario tried by keyboard alone, and the page accessible.</summary>
public class PlanBrowserTests : BrowserTest
{
    [Test]
    public async Task ShouldTryAScenarioByKeyboard_PuttingItsValuesInTheUrl()
    {
        var page = await Session.OpenInteractiveAsync("/plan");
        var turnover = page.Locator("[data-chart='WF-TURN'] [data-testid='chart-summary']");
        Assert.That(await turnover.InnerTextAsync(), Does.Not.Contain("Scenario:"), "the baseline alone");

        // Tab into the form's leaving-change box, type a fifth fewer leavings, and submit with Enter.
        await page.Locator("#plan-conversions").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("plan-leavingChange"));
        await page.Keyboard.TypeAsync("-20");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/plan?*leavingChange=-20*");
        await page.WaitForSelectorAsync("[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });

        Assert.That(await page.Locator("[data-chart='WF-TURN'] [data-testid='chart-summary']").InnerTextAsync(), Does.Contain("Scenario:").And.Contain("Baseline (last year again):"));
        Assert.That(await page.InputValueAsync("#plan-leavingChange"), Is.EqualTo("-20"), "the form keeps the scenario");
        Assert.That(await Accessibility.SeriousViolationsAsync(page), Is.Empty, "with a scenario drawn");
        await Screenshots.SaveAsync(page, "plan.png", fullPage: false);
        await page.CloseAsync();
    }

    [Test]
    public async Task ShouldSayWhatIsWrong_WhenAValueIsOutOfRange()
    {
        var page = await Session.OpenInteractiveAsync("/plan?months=99");

        Assert.That(await page.Locator("[data-testid='plan-errors']").InnerTextAsync(), Does.Contain("Months is a whole number from 1 to 36."));
        Assert.That(await Accessibility.SeriousViolationsAsync(page), Is.Empty);
        await page.CloseAsync();
    }
}

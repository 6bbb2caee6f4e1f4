using System.Globalization;
using Microsoft.Playwright;

namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>Import errors and data-quality findings with ids are for data officers (access.md).</summary>
public class DataPageTests : BrowserTest
{
    private IBrowserContext _dataOfficer = null!;

    [OneTimeSetUp]
    public async Task SignInAsDataOfficerAsync() => _dataOfficer = await Session.NewContextAsync("DataOfficer");

    [Test]
    public async Task ShouldListAsManyFindingsAsTheDataQualityCountsSay()
    {
        var page = await Session.OpenInteractiveAsync("/data", _dataOfficer);
        var counts = await page.Locator("[data-testid='quality-counts'] td[data-metric]").AllInnerTextsAsync();

        await page.ClickAsync("text=List every finding");
        await page.WaitForSelectorAsync("[data-testid='findings']", new PageWaitForSelectorOptions { Timeout = 60_000 });

        var caption = await page.InnerTextAsync("[data-testid='findings'] .mud-toolbar");
        var total = counts.Sum(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB")));
        Assert.That(counts, Has.Count.EqualTo(3), "not-in-post, no qualified date, overlaps: referrals with no allocation are demand, not data quality");
        Assert.That(caption, Does.StartWith($"{total} finding(s)"));
        await Screenshots.SaveAsync(page, "data.png", fullPage: false);
    }

    [Test]
    public async Task ShouldShowTheFirstStartImportWithEveryFileLoaded()
    {
        var page = await Session.OpenInteractiveAsync("/data", _dataOfficer);

        var run = page.Locator("[data-testid='import-run-errors']").Last;
        Assert.That(await run.Locator("caption").InnerTextAsync(), Does.Contain("(first-start)").And.Contain("loaded"));
        Assert.That(await run.Locator("tbody tr").CountAsync(), Is.EqualTo(5));
    }
}

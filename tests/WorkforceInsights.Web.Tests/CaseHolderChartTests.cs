using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The Caseloads chart draws one bar per case holder only while a scope has few enough to read; a larger scope (a
/// large council) is charted as how many case holders are how far over or under their threshold, with its table,
/// and every case holder is still listed (#12: 10,000 bars were 900 KB of unreadable SVG in every view).
/// </summary>
public partial class CaseHolderChartTests
{
    [Test]
    public async Task ShouldChartHowManyAreHowFarOverTheirThreshold_AndStillListEveryCaseHolder_WhenTooManyToChartOneByOne()
    {
        using var app = new SampleCouncilApp(settings: new Dictionary<string, string> { ["Dashboard:CaseHolderChartLimit"] = "50" });
        using var client = await app.SignedInClientAsync("Leader");

        var html = await client.GetStringAsync("/caseloads");

        var holders = int.Parse(Headline().Match(html).Groups["holders"].Value, CultureInfo.InvariantCulture);
        Assert.That(holders, Is.GreaterThan(50), "the sample council has more case holders than the limit, so the check can fail");
        Assert.That(html, Does.Contain("Case holders by cases over or under their threshold"));
        var counted = DistributionCell().Matches(html).Sum(m => int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));
        Assert.That(counted, Is.EqualTo(holders), "the chart's table counts every case holder once");
        Assert.That(DistributionCell().Matches(html), Has.Count.EqualTo(13), "from 6 or more under to 6 or more over");
        Assert.That(html, Does.Contain("data-testid=\"case-holders\""), "the list of every case holder is still on the page");
        Assert.That(html, Does.Not.Contain("Cases per case holder against their threshold"), "no bar per case holder");

        var svg = await client.GetStringAsync("/download/caseloads.svg");
        Assert.That(svg, Does.Contain("Case holders by cases over or under their threshold"), "the chart download is the page's chart");
    }

    [Test]
    public async Task ShouldChartEachCaseHolder_WhenFewEnoughToRead()
    {
        using var app = new SampleCouncilApp();
        using var client = await app.SignedInClientAsync("Leader");

        var html = await client.GetStringAsync("/caseloads?area=Family%20Safeguarding&team=FS01");

        Assert.That(html, Does.Contain("Cases per case holder against their threshold"));
        Assert.That(html, Does.Not.Contain("Case holders by cases over or under their threshold"));
    }

    [GeneratedRegex(@"data-testid=""above-threshold"">\d+ of (?<holders>\d+) case holders")]
    private static partial Regex Headline();

    [GeneratedRegex(@"data-series=""case_holders"" data-value=""(?<count>\d+)""")]
    private static partial Regex DistributionCell();
}

using System.Globalization;
using System.Text.RegularExpressions;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The Caseloads chart draws one bar per case holder only while a scope has few enough to read; a larger scope (a
/// large council) is charted as how many case holders are how far over or under their threshold, with its table,
/// and every case holder is still listed (10,000 bars were 900 KB of unreadable SVG in every view).
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
        var bars = DistributionCell().Matches(html).ToDictionary(
            m => int.Parse(m.Groups["key"].Value, CultureInfo.InvariantCulture), m => int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));
        Assert.That(bars.Keys, Is.EqualTo(Enumerable.Range(-6, 13)), "from 6 or more under to 6 or more over");
        Assert.That(bars.Values.Sum(), Is.EqualTo(holders), "the chart's table counts every case holder once");
        var headline = Headline().Match(html);
        int N(string group) => int.Parse(headline.Groups[group].Value, CultureInfo.InvariantCulture);
        Assert.That(bars[1] + bars[2], Is.EqualTo(N("little")), "the bars up to the margin (2) are the headline's \"a little over\"");
        Assert.That(bars.Where(b => b.Key > 2).Sum(b => b.Value), Is.EqualTo(N("well")), "and those beyond it its \"well over\"");
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

    [TestCase(-6.5, -6)]
    [TestCase(-5.5, -6)]
    [TestCase(-5, -5)]
    [TestCase(-0.5, -1)]
    [TestCase(0, 0)]
    [TestCase(0.49, 1)]
    [TestCase(1, 1)]
    [TestCase(1.01, 2)]
    [TestCase(2, 2)]
    [TestCase(2.01, 3)]
    [TestCase(5.5, 6)]
    [TestCase(40, 6)]
    public void ShouldPutACaseHolderInTheBarOfTheWholeCasesTheyAreOverOrUnder_AwayFromTheThreshold(decimal excess, int bar) =>
        Assert.That(Services.ChartSpecs.DistributionStep(excess), Is.EqualTo(bar));

    [Test]
    public void ShouldWithholdCountsOfOneToFourCaseHolders_WhenSuppressed_AndShowZerosAndLargerCountsAsTheyAre()
    {
        // Seven case holders 3 over, two 1 over, none elsewhere: a download of a team or area (access.md) says "<5" for the two.
        List<CaseloadsViewModel.Worker> workers = [.. Enumerable.Repeat(Worker(3m), 7), .. Enumerable.Repeat(Worker(1m), 2)];

        var shown = Services.ChartSpecs.CaseHolderDistribution(workers).Series.Single();
        var withheld = Services.ChartSpecs.CaseHolderDistribution(workers, suppress: true).Series.Single();

        Assert.That(shown.Values[6 + 1], Is.EqualTo(2), "on the page: as it is");
        Assert.That(withheld.Values[6 + 1], Is.Null, "no bar drawn");
        Assert.That(withheld.Notes![6 + 1], Is.EqualTo("<5"));
        Assert.That(withheld.Values[6 + 3], Is.EqualTo(7), "five or more: as it is");
        Assert.That(withheld.Values[6], Is.EqualTo(0), "zeros: as they are");
    }

    [Test]
    public void ShouldWithholdAWorkersCasesFromOneToFour_InTheChartOfEachCaseHolder_WhenSuppressed()
    {
        List<CaseloadsViewModel.Worker> workers = [Worker(-11m), Worker(3m)]; // 3 cases, then 17

        var cases = Services.ChartSpecs.EachCaseHolder(workers, suppress: true).Series.Single(s => s.Key == "cases");

        Assert.That(cases.Values, Is.EqualTo(new double?[] { null, 17 }));
        Assert.That(cases.Notes, Is.EqualTo(new[] { "<5", null }));
    }

    private static CaseloadsViewModel.Worker Worker(decimal excess) => new("E00001", null, "FS01", "Experienced", 1m, (int)(14 + excess), 14);

    [TestCase(300, true)]
    [TestCase(301, false)]
    public void ShouldChartEachCaseHolder_UpToTheLimitItself(int caseHolders, bool each) =>
        Assert.That(Services.ChartSpecs.ChartsEachCaseHolder(caseHolders, 300), Is.EqualTo(each));

    [GeneratedRegex(@"data-testid=""above-threshold"">(?<well>\d+) of (?<holders>\d+) case holders carry more than 2 cases over their threshold[^;]*; (?<little>\d+) more are over by up to 2")]
    private static partial Regex Headline();

    [GeneratedRegex(@"data-key=""(?<key>-?\d+)"">\s*<th scope=""row"">[^<]*</th>\s*<td class=""num"" data-series=""case_holders"" data-value=""(?<count>\d+)""")]
    private static partial Regex DistributionCell();
}

using System.Globalization;
using System.Text.RegularExpressions;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Web.Tests;

/// <summary>The DfE's published figures beside the council's own (benchmarks.md), loaded from the shipped files at first start.</summary>
public partial class BenchmarksPageTests(DatabaseProvider provider) : SampleAppTest(provider)
{
    [Test]
    public async Task ShouldShowEachHeadlineTilesPublishedFigures_SayingWhoseTheyAre()
    {
        var html = System.Net.WebUtility.HtmlDecode(await Client.GetStringAsync("/overview"));

        Assert.That(html, Does.Contain("Benchmarks of Somerset, for illustration"));
        Assert.That(TileBenchmarks().Count(html), Is.EqualTo(6), "turnover, agency rate, vacancy rate, caseload, 3+ social workers (looked after) and re-referrals");
        Assert.That(html, Does.Contain("England 11.8%, region 11.4%, neighbours' median 9.7%; this LA 11.9%, quartile C (rank 77 of 148)"));
        Assert.That(html, Does.Contain("Open Government Licence v3.0"));
    }

    [Test]
    public async Task ShouldSetTheCouncilsOwnFigureBesideThePublishedOne_OnTheSameDate()
    {
        var html = await Client.GetStringAsync("/benchmarks");

        var turnover = Regex.Match(html, "<tr data-measure=\"turnoverRate\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.That(turnover, Does.Contain("30 September 2025").And.Contain(">11.9%<"));
        var ours = double.Parse(Regex.Match(turnover, "data-council=\"([^\"]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        var overview = await Client.GetStringAsync("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council&from=2025-09-30&to=2025-09-30");
        Assert.That(ours, Is.EqualTo(double.Parse(overview.Split('\n')[1].Split(',')[3], CultureInfo.InvariantCulture)), "the reconciliation column is the council's own stored figure on 30 September 2025");
        Assert.That(html, Does.Contain("Suffolk (935)").And.Contain("Essex (881)"), "the named neighbours");
    }

    [Test]
    public async Task ShouldMarkThePublishedFiguresOnTheCouncilsTurnoverTrend()
    {
        var html = await Client.GetStringAsync("/workforce");

        Assert.That(html, Does.Contain("data-series=\"WF-TURN:england\" data-value=\"11.8\""), "England's 2025 figure on 30 September 2025");
        Assert.That(await Client.GetStringAsync("/workforce?area=Assessment"), Does.Not.Contain("WF-TURN:england"), "no benchmarks on a service area's trend");
    }

    [GeneratedRegex("data-testid=\"tile-benchmarks\"")]
    private static partial Regex TileBenchmarks();
}

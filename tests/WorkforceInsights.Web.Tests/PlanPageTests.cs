using System.Net;
using System.Text.RegularExpressions;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The Plan page and its downloads on the sample council (forecast.md, "Where it shows"), as a Leader sees them. The
/// sample's extract date E is 31 October 2026, and its plan (appsettings.json) sets four targets within 24 months.
/// </summary>
public partial class PlanPageTests(DatabaseProvider provider) : SampleAppTest(provider)
{
    private async Task<string> PageAsync(string url) => WebUtility.HtmlDecode(await Client.GetStringAsync(url));

    /// <summary>A target's row in the page's table of the plan's targets.</summary>
    private static string TargetRow(string html, string metric) =>
        Regex.Match(html, $"<tr data-metric=\"{metric}\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;

    [Test]
    public async Task ShouldSayWhichOfThePlansTargetsAreOnTrack_InWords()
    {
        var html = await PageAsync("/plan");

        // Turnover 8% by 30 September 2027: the baseline forecasts 8.8% then, so it is off track (lower is better).
        Assert.That(TargetRow(html, "WF-TURN"), Does.Contain("8.8%").And.Contain("off track"));
        // Employed FTE 320 by 31 March 2028: 320.9 forecast, and higher is better for employed FTE, so on track.
        Assert.That(TargetRow(html, "WF-EMP-FTE"), Does.Contain("320.9").And.Contain("on track"));
        Assert.That(html, Does.Contain("2 of the plan's 4 targets are on track"));
        Assert.That(Regex.Count(html, "data-testid=\"forecast-chart\""), Is.EqualTo(6), "employed and agency FTE, agency, vacancy and turnover rates, caseload");
        Assert.That(html, Does.Contain("target 8.0% by 30 September 2027: forecast 8.8%, off track"), "the turnover chart's summary says it too");
    }

    [Test]
    public async Task ShouldDrawAScenarioInTheUrlBesideTheBaseline_AndJudgeTheTargetsByIt()
    {
        var html = await PageAsync("/plan?leavingChange=-50");

        // Half the leavings: turnover by 30 September 2027 falls from the baseline's 8.8% to 4.5%, under the 8% target.
        var turnover = TargetRow(html, "WF-TURN");
        Assert.That(turnover, Does.Contain("8.8%").And.Contain("✘ off track"), "the baseline's verdict beside");
        Assert.That(turnover, Does.Contain("4.5%").And.Contain("✔ on track"));
        Assert.That(html, Does.Contain("Baseline (last year again): 9.2% in Oct 2028").And.Contain("Scenario: 4.5% in Oct 2028"), "two lines on the turnover chart");
        Assert.That(html, Does.Contain("value=\"-50\""), "the form shows the scenario asked for");
        Assert.That(html, Does.Contain("/download/forecast.csv?metric=WF-TURN&asOf=2026-10-31&months=24&extraAsye=0&conversions=0&leavingChange=-50"),
            "the downloads carry the scenario");
    }

    [Test]
    public async Task ShouldSayPlainlyWhatIsWrongWithAValue_AndShowNoFigures()
    {
        var html = await PageAsync("/plan?months=40&conversions=1.5&extraAsye=lots");

        Assert.That(html, Does.Contain("Months is a whole number from 1 to 36.")
            .And.Contain("Conversions is a whole number of people a month, 0 or more.")
            .And.Contain("Extra ASYE FTE expects a number (e.g. 5 or -2.5), not 'lots'."));
        Assert.That(html, Does.Not.Contain("data-testid=\"forecast-chart\""));
        Assert.That(await PageAsync("/plan?asOf=2027-01-31"), Does.Contain("is after the data's extract date 2026-10-31"));
        using var download = await Client.GetAsync("/download/forecast.csv?metric=WF-TURN&months=0");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ShouldShowLastYearsForecastAgainstWhatHappened()
    {
        var html = await PageAsync("/plan");

        // Run on the data as it stood on 31 October 2025, the model said 344.4 employed FTE for 31 October 2026; 324.8 are in post.
        Assert.That(html, Does.Contain("A year ago this model said 344.4 employed FTE for 31 October 2026; it is 324.8: the forecast was 19.6 too high."));
        Assert.That(html, Does.Contain("A year ago this model said 7.9% turnover for 31 October 2026; it is 9.3%: the forecast was 1.4 points too low."));
    }

    [Test]
    public async Task ShouldWriteTheForecastCsv_WithTheTargetOnItsMonthEnd()
    {
        var csv = await Client.GetStringAsync("/download/forecast.csv?metric=WF-TURN&leavingChange=-50");
        var lines = csv.TrimEnd('\n').Split('\n');

        Assert.That(lines[0], Is.EqualTo("forecast_from,date,metric_id,metric,forecast,baseline,interval_80_low,interval_80_high,target_date,target,gap,target_status"));
        Assert.That(lines, Has.Length.EqualTo(1 + 25), "E and the 24 month ends after it");
        var september = lines.Single(l => l.StartsWith("2026-10-31,2027-09-30,", StringComparison.Ordinal)).Split(',');
        // The scenario's 4.5% against the 8% target, with the baseline's 8.8% beside it.
        Assert.That(double.Parse(september[4], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(4.5).Within(0.05));
        Assert.That(double.Parse(september[5], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(8.8).Within(0.05));
        Assert.That(september[8..], Is.EqualTo(new[] { "2027-09-30", "8", september[10], "on track" }));
    }

    [Test]
    public async Task ShouldWithholdASmallCohortInItsCsv_AndSayNotYetForADateToCome()
    {
        var lines = (await Client.GetStringAsync("/download/cohorts.csv")).TrimEnd('\n').Split('\n');

        // The 2027 cohort has one ASYE starter so far (after 30 September 2026): a count from 1 to 4 leaves the council as "<5".
        Assert.That(lines[^1], Does.StartWith("2027,<5,<5,not yet,not yet,not yet,0,suppressed,"));
        // The 2024 cohort (22 starters): 21 of 22 still employed a year on, 95.5%; 36 months on is after E.
        Assert.That(lines.Single(l => l.StartsWith("2024,", StringComparison.Ordinal)), Does.StartWith("2024,22,22,95.45454545454545,81.81818181818181,not yet,18,"));
    }

    [Test]
    public async Task ShouldWithholdASmallCohortFromHR_ButNotFromALeader()
    {
        static string Cohort2027(string html) => Regex.Match(html, "<tr data-key=\"2027\">.*?</tr>", RegexOptions.Singleline).Value;
        using var hr = await App.SignedInClientAsync("HR");

        // One starter so far: a Leader may see worker-level figures; HR, without them, sees the rule's "<5" (access.md).
        Assert.That(Cohort2027(await PageAsync("/plan")), Does.Contain("data-series=\"starters\">1<"));
        Assert.That(Cohort2027(WebUtility.HtmlDecode(await hr.GetStringAsync("/plan"))), Does.Contain("data-series=\"starters\"><5<"));
    }
}

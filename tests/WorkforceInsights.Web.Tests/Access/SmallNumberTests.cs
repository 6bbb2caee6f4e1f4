using System.Globalization;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>Small numbers (access.md): counts of 1 to 4 people or children leave the dashboard as "&lt;5"; CSV cells cannot run as formulas.</summary>
[NonParallelizable]
public class SmallNumberTests
{
    private SampleCouncilApp _app = null!;
    private HttpClient _leader = null!;
    private HttpClient _hr = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = new SampleCouncilApp();
        _leader = await _app.SignedInClientAsync("Leader");
        _hr = await _app.SignedInClientAsync("HR");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _leader.Dispose();
        _hr.Dispose();
        _app.Dispose();
    }

    [Test]
    public async Task ShouldWriteCountsFromOneToFourAsUnderFive_InATeamsDownload()
    {
        var values = (await _leader.GetStringAsync("/download/series.csv?metrics=WF-AGY-HC&dimension=Team&group=FS01"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[3]).ToList();

        Assert.That(values, Does.Contain("<5"), "FS01 has had one to four agency workers");
        Assert.That(values.Where(v => v != "<5").Select(v => double.Parse(v, CultureInfo.InvariantCulture)), Has.None.InRange(1, 4));
    }

    [Test]
    public async Task ShouldWriteTheCouncilsOwnTotalsAsTheyAre()
    {
        var values = (await _leader.GetStringAsync("/download/series.csv?metrics=WF-AGY-HC&dimension=Council&group=Council"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[3]).ToList();

        Assert.That(values, Has.None.EqualTo("<5"));
    }

    [Test]
    public async Task ShouldSuppressATeamsSmallCounts_InTheTablesOfAUserWithoutWorkerLevelRights_ButNotForALeader()
    {
        const string Page = "/workforce?area=Family%20Safeguarding&team=FS01";

        Assert.That(await _hr.GetStringAsync(Page), Does.Contain("data-value=\"&lt;5\""));
        Assert.That(await _leader.GetStringAsync(Page), Does.Not.Contain("data-value=\"&lt;5\""));
    }

    [Test]
    public async Task ShouldWithholdTheCouncilsSmallLeavingReasons_FromHR_ButShowThemToALeader()
    {
        // At council level a leaving reason is a part, not the council's total (access.md): HR, without worker-level
        // rights, sees no reason's leavings or FTE below 5; a leader sees them.
        const string Page = "/workforce";

        Assert.That(LeaverValues(await _leader.GetStringAsync(Page)).Where(IsSmall), Is.Not.Empty, "the sample council has reasons with 1 to 4 leavings in the year");
        var hr = LeaverValues(await _hr.GetStringAsync(Page));
        Assert.That(hr.Where(IsSmall), Is.Empty);
        Assert.That(hr, Does.Contain("<5").And.Contain("suppressed"), "a small reason, and its FTE with it");
    }

    /// <summary>The values of the leavers-by-reason table (its series are leavings and FTE).</summary>
    private static List<string> LeaverValues(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-series=\"(?:leavings|fte)\" data-value=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static bool IsSmall(string value) => double.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 5;

    [TestCase("=HYPERLINK(\"http://example.invalid\")")]
    [TestCase("+SUM(A1)")]
    [TestCase("@cmd")]
    [TestCase("-2+3")]
    public void ShouldEscapeACellThatLooksLikeAFormula(string teamName)
    {
        // A breakdown's group is a team code or area name from the council's own files.
        var csv = CsvDownload.Write<BreakdownCsvRow, BreakdownCsvMap>([new BreakdownCsvRow(teamName, "WF-TURN", "Turnover", "12.5", "5", "40")]);

        var cell = csv.Split('\n')[1];
        Assert.That(cell.TrimStart('"'), Does.StartWith("'"), "Excel shows it as text");
        Assert.That(cell, Does.Contain(teamName.Replace("\"", "\"\"", StringComparison.Ordinal)));
    }

    [Test]
    public void ShouldWriteTheColumnNames_WhenADownloadHasNoRows()
    {
        // A date with no leavers still downloads a file a spreadsheet opens with its columns, not an empty one.
        Assert.That(LeaversByReasonDownload.ToCsv([]), Is.EqualTo("reason,leavings,fte\n"));
    }
}

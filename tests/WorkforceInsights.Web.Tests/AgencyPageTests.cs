using System.Text.RegularExpressions;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The Agency page and its downloads on the sample council (agency.md, "Where it shows"), with the £45.00 social-worker
/// cap a council would set: the cases planted in the sample's agency spells show with their statuses in words.
/// </summary>
[NonParallelizable]
public partial class AgencyPageTests
{
    private const string AsOf = "2026-09-30";
    private SampleCouncilApp _app = null!;
    private HttpClient _hr = null!;

    public static IReadOnlyDictionary<string, string> SampleCap { get; } = new Dictionary<string, string> { ["Agency:Caps:social_worker"] = "45.00" };

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = new SampleCouncilApp(settings: SampleCap);
        _hr = await _app.SignedInClientAsync("HR");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _hr.Dispose();
        _app.Dispose();
    }

    [Test]
    public async Task ShouldListEachAssignmentInPost_WithEveryRulesStatusInWords()
    {
        var html = await _hr.GetStringAsync($"/agency?asOf={AsOf}");

        // AG00993 started on 24 December 2024 at £47.50 an hour, above the £45.00 cap, signed off on 15 October 2025.
        var row = RowOf(html, "AG00993");
        Assert.That(row, Does.Contain("data-rule=\"price_cap\" data-status=\"breach, signed off 2025-10-15\""));
        Assert.That(row, Does.Contain("✘ breach, signed off 2025-10-15"), "in words, with a symbol: never colour alone");
        Assert.That(row, Does.Contain("£47.50 against £45.00"));
        Assert.That(row, Does.Contain("data-rule=\"experience\" data-status=\"met\""));
        // The tiles count what the register lists: one row per agency social worker in post (WF-AGY-HC).
        var rows = Regex.Count(html, "<th scope=\"row\" class=\"mud-table-cell\" data-worker=");
        Assert.That(TileValue(html, "agency-headcount"), Is.EqualTo(rows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(int.Parse(TileValue(html, "agency-breaching"), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task ShouldDownloadTheQuarterlyReturn_AsWiAgencyReturnWritesIt()
    {
        var csv = await _hr.GetStringAsync("/download/agency-return.csv?quarter=2026-Q3");

        // The lines the CLI's own test finds in `wi agency-return --quarter 2026-Q3`.
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        Assert.That(lines[0], Is.EqualTo(string.Join(",", Reporting.AgencyReturnCsv.Header)));
        Assert.That(lines, Does.Contain("SW763567,AG00993,Meridian Social Work,social_worker,47.50,2024-12-24,,no,met,\"breach, signed off 2025-10-15\",met,met,met"));
        Assert.That(lines, Does.Contain("price_cap,5,3,0,0"));
    }

    [TestCase("2026-Q4", "after the data's extract date 2026-10-31")]
    [TestCase("2026-Q9", "yyyy-Qn")]
    public async Task ShouldRefuseAQuarterItCannotWrite(string quarter, string reason)
    {
        using var response = await _hr.GetAsync($"/download/agency-return.csv?quarter={quarter}");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
    }

    [Test]
    public async Task ShouldDownloadTheRegister_WithEachRulesReason_AndNoSweNumbers()
    {
        var csv = await _hr.GetStringAsync($"/download/agency-register.csv?asOf={AsOf}");

        Assert.That(csv, Does.StartWith("worker_id,agency_job_type,agency_name,start_date,pqe_years_at_start,hourly_rate,cap,experience,experience_reason,price_cap,"));
        Assert.That(csv, Does.Contain("AG00993,social_worker,Meridian Social Work,2024-12-24,"));
        Assert.That(csv, Does.Not.Contain("SW763567"), "pseudonymous ids only: the SWE number goes to the DfE in the return, nowhere else");
    }

    [Test]
    public async Task ShouldEstimateTheSpend_WithheldInTheDownloadWhereFewerThanFiveWorkersAreCharged()
    {
        var html = await _hr.GetStringAsync($"/agency?asOf={AsOf}");
        var csv = await _hr.GetStringAsync($"/download/agency-spend.csv?asOf={AsOf}");

        Assert.That(html, Does.Contain(AgencySpendChart.Title).And.Contain("data-testid=\"agency-spend-table\""));
        var rows = csv.Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows, Has.Count.EqualTo(AgencyViewBuilder.SpendMonths));
        Assert.That(rows[^1][0], Is.EqualTo("2026-09"));
        Assert.That(rows.Where(r => r[3] == "<5").Select(r => r[2]), Is.All.EqualTo("suppressed"));
    }

    [Test]
    public void ShouldWithholdAMonthOverOneToFourWorkers_InTheSpendCsv()
    {
        // Three workers' rates would be told by their sum; a month of none is a plain zero.
        var months = new[]
        {
            new MonthSpend(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31), 19_980.00m, 3, 0),
            new MonthSpend(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), 33_300.00m, 5, 2),
            new MonthSpend(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 0m, 0, 0),
        };

        var lines = AgencyDownload.SpendCsv(months).Trim().Split('\n');

        Assert.That(lines[1..], Is.EqualTo(new[] { "2026-08,2026-08-31,suppressed,<5,0", "2026-09,2026-09-30,33300.00,5,<5", "2026-10,2026-10-31,0.00,0,0" }));
    }

    private static string RowOf(string html, string workerId)
    {
        var start = html.IndexOf($"data-worker=\"{workerId}\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), $"{workerId} is in the register");
        return System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)]);
    }

    private static string TileValue(string html, string testId) => TileValuePattern().Matches(html)
        .Single(m => m.Groups[1].Value == testId).Groups[2].Value;

    [GeneratedRegex("data-testid=\"([a-z-]+)\" data-value=\"([^\"]*)\"")]
    private static partial Regex TileValuePattern();
}

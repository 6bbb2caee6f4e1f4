using System.Net;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// Who may open what (access.md), on the server: every page, download and the Blazor hub, for anonymous, each
/// role, and a signed-in user with no role. Pages redirect to sign-in (anonymous) or "not permitted"; downloads
/// and the hub answer 401 and 403.
/// </summary>
[NonParallelizable]
public class AuthorizationMatrixTests
{
    private const string AsOf = "2026-09-30";
    private static readonly string[] s_users = ["Anonymous", "Leader", "HR", "OperationsManager", "DataOfficer", "None"];

    private SampleCouncilApp _app = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];

    private static readonly string[] s_aggregatePages = ["/overview", "/workforce", "/caseloads", "/children", "/changes", "/referrals", "/benchmarks", "/"];
    private static readonly string[] s_dataOfficerPages = ["/data", "/access-log"];
    private static readonly string[] s_aggregateDownloads =
    [
        "/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council",
        "/download/series.svg?metrics=WF-TURN&dimension=Team&group=FS01",
        "/download/breakdown.csv?metrics=CH-W1&dimension=CaseType&asOf=" + AsOf,
        "/download/leavers-by-reason.csv?asOf=" + AsOf,
        "/download/benchmarks.csv?measure=turnoverRate",
        "/download/benchmarks.png?measure=turnoverRate",
        "/download/changes-by-reason.csv?asOf=" + AsOf + "&team=FS01",
    ];

    private static readonly string[] s_agencyDownloads =
    [
        "/download/agency-register.csv?asOf=" + AsOf,
        "/download/agency-spend.csv?asOf=" + AsOf,
        "/download/agency-spend.png?asOf=" + AsOf,
        "/download/agency-spend.svg",
        "/download/agency-return.csv?quarter=2026-Q3",
    ];

    private static readonly string[] s_planDownloads =
    [
        "/download/forecast.csv?metric=WF-EMP-FTE",
        "/download/forecast.png?metric=WF-TURN&leavingChange=-20",
        "/download/forecast.svg?metric=CASE-AVG&months=12",
        "/download/cohorts.csv",
        "/download/cohorts.png",
        "/download/cohorts.svg",
    ];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _app = new SampleCouncilApp();
        foreach (var user in s_users)
        {
            _clients[user] = user == "Anonymous"
                ? _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                : await _app.SignedInClientAsync(user, user == "OperationsManager" ? "team:FS01" : null, followRedirects: false);
        }
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _app.Dispose();
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var page in s_aggregatePages)
        {
            yield return Case(page, "302 /signin", "200", "200", "200", "200", "302 /not-permitted");
        }

        foreach (var page in s_dataOfficerPages)
        {
            yield return Case(page, "302 /signin", "302 /not-permitted", "302 /not-permitted", "302 /not-permitted", "200", "302 /not-permitted");
        }

        foreach (var page in new[] { "/signin", "/health" })
        {
            yield return Case(page, "200", "200", "200", "200", "200", "200");
        }

        foreach (var download in s_aggregateDownloads)
        {
            yield return Case(download, "401", "200", "200", "200", "200", "403");
        }

        // Worker-level: a Leader anywhere, an operations manager within scope (team FS01), nobody else.
        yield return Case($"/download/caseloads.csv?asOf={AsOf}&area=Family%20Safeguarding&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/caseloads.png?asOf={AsOf}&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/caseloads.csv?asOf={AsOf}&area=Assessment&team=AS01", "401", "200", "403", "403", "403", "403");
        yield return Case($"/download/caseloads.csv?asOf={AsOf}", "401", "200", "403", "403", "403", "403");
        // Caseload balancing's child-level downloads: as worker-level data.
        yield return Case($"/download/rebalance.csv?asOf={AsOf}&area=Family%20Safeguarding&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/handovers.csv?asOf={AsOf}&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/rebalance-loads.csv?asOf={AsOf}&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/rebalance-loads.png?asOf={AsOf}&team=FS01", "401", "200", "403", "200", "403", "403");
        yield return Case($"/download/rebalance-loads.svg?asOf={AsOf}&area=Assessment", "401", "200", "403", "403", "403", "403");
        yield return Case($"/download/rebalance.csv?asOf={AsOf}&area=Assessment", "401", "200", "403", "403", "403", "403");
        yield return Case($"/download/handovers.csv?asOf={AsOf}", "401", "200", "403", "403", "403", "403");
        // Leavers by reason for a team: Leader, HR, DataOfficer, and an operations manager within scope.
        yield return Case($"/download/leavers-by-reason.csv?asOf={AsOf}&team=FS01", "401", "200", "200", "200", "200", "403");
        yield return Case($"/download/leavers-by-reason.csv?asOf={AsOf}&team=AS01", "401", "200", "200", "403", "200", "403");
        // Workforce planning, the Plan page and its downloads: Leader and HR only.
        yield return Case("/plan", "302 /signin", "200", "200", "302 /not-permitted", "302 /not-permitted", "302 /not-permitted");
        foreach (var download in s_planDownloads)
        {
            yield return Case(download, "401", "200", "200", "403", "403", "403");
        }

        // The Ofsted briefing pack: Leader, HR and DataOfficer.
        yield return Case($"/download/briefing-pack.docx?asOf={AsOf}", "401", "200", "200", "403", "200", "403");
        // Workforce planning's Agency page and its downloads: Leader and HR only.
        yield return Case("/agency", "302 /signin", "200", "200", "302 /not-permitted", "302 /not-permitted", "302 /not-permitted");
        foreach (var download in s_agencyDownloads)
        {
            yield return Case(download, "401", "200", "200", "403", "403", "403");
        }

        // The Blazor hub: the live connection is for users with a role.
        yield return Case("POST /_blazor/negotiate?negotiateVersion=1", "401", "200", "200", "200", "200", "403");
    }

    private static TestCaseData Case(string request, params string[] expected) =>
        new TestCaseData(request, expected) { TestName = $"ShouldAnswer_{request.Replace('/', '_')}_AsAccessMdSays" };

    [TestCaseSource(nameof(Cases))]
    public async Task ShouldAnswerEachUserAsAccessMdSays(string request, string[] expected)
    {
        var answers = new List<string>();
        foreach (var user in s_users)
        {
            var (method, url) = request.StartsWith("POST ", StringComparison.Ordinal) ? (HttpMethod.Post, request[5..]) : (HttpMethod.Get, request);
            using var message = new HttpRequestMessage(method, url);
            using var response = await _clients[user].SendAsync(message);
            var status = (int)response.StatusCode;
            answers.Add(status == 302 ? $"302 {response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString.Split('?')[0]}" : status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.That(answers, Is.EqualTo(expected), string.Join(", ", s_users));
    }

    [Test]
    public async Task ShouldSendNoDataToAnAnonymousRequest()
    {
        using var response = await _clients["Anonymous"].GetAsync("/download/series.csv?metrics=WF-TURN&dimension=Council&group=Council");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("WF-TURN"));
    }

    [Test]
    public async Task ShouldShowTheCaseHolders_OnlyToThoseWhoMaySeeThem()
    {
        async Task<string> PageAsync(string user, string url) => await _clients[user].GetStringAsync(url);
        const string Team = "/caseloads?area=Family%20Safeguarding&team=FS01";

        Assert.That(await PageAsync("Leader", Team), Does.Contain("data-testid=\"case-holders\""));
        Assert.That(await PageAsync("OperationsManager", Team), Does.Contain("data-testid=\"case-holders\""));
        Assert.That(await PageAsync("OperationsManager", "/caseloads?area=Assessment&team=AS01"), Does.Contain("data-testid=\"not-permitted\"").And.Not.Contain("data-worker="));
        Assert.That(await PageAsync("OperationsManager", "/caseloads"), Does.Contain("data-testid=\"not-permitted\"").And.Not.Contain("data-worker="), "not the whole council's workers");
        Assert.That(await PageAsync("HR", Team), Does.Contain("data-testid=\"not-permitted\"").And.Not.Contain("data-worker="));
        Assert.That(await PageAsync("DataOfficer", Team), Does.Not.Contain("data-worker="));
    }

    [Test]
    public async Task ShouldListTheChildrensChanges_OnlyToThoseAllowedChildLevelData()
    {
        const string Team = "/changes?area=Family%20Safeguarding&team=FS01";

        Assert.That(await _clients["Leader"].GetStringAsync(Team), Does.Contain("data-testid=\"changes-list\""));
        Assert.That(await _clients["OperationsManager"].GetStringAsync(Team), Does.Contain("data-testid=\"changes-list\""));
        Assert.That(await _clients["OperationsManager"].GetStringAsync("/changes?area=Assessment&team=AS01"), Does.Not.Contain("data-testid=\"changes-list\""));
        Assert.That(await _clients["HR"].GetStringAsync(Team), Does.Not.Contain("data-testid=\"changes-list\"").And.Contain("data-testid=\"changes-by-reason\""));
        Assert.That(await _clients["Leader"].GetStringAsync("/changes"), Does.Contain("data-testid=\"changes-by-team\"").And.Contain("href=\"/changes?area=Family%20Safeguarding&amp;team=FS01\""),
            "each team drills down to its own changes");
    }

    [Test]
    public async Task ShouldOfferAnOperationsManagerOnlyTheirTeams_InTheCaseloadsTeamFilter()
    {
        var html = await _clients["OperationsManager"].GetStringAsync("/caseloads?area=Family%20Safeguarding&team=FS01");

        Assert.That(html, Does.Contain("Family Safeguarding Northbridge 1"));
        Assert.That(html, Does.Not.Contain("Family Safeguarding Northbridge 2"), "a team outside the scope is not offered");
    }

    [Test]
    public async Task ShouldShowTheImportHistoryAndTheDatabase_OnlyToDataOfficers()
    {
        var officer = await _clients["DataOfficer"].GetStringAsync("/");
        Assert.That(officer, Does.Contain("data-testid=\"import-run\"").And.Contain("data-testid=\"database\"").And.Contain(_app.DatabasePath));
        foreach (var user in new[] { "Leader", "HR", "OperationsManager" })
        {
            var html = await _clients[user].GetStringAsync("/");
            Assert.That(html, Does.Not.Contain("data-testid=\"import-run\"").And.Not.Contain("data-testid=\"database\"").And.Not.Contain(_app.DatabasePath), user);
        }
    }

    [Test]
    public async Task ShouldTellASignedInUserWithNoRoleThatTheyHaveNone()
    {
        var html = await _clients["None"].GetStringAsync("/not-permitted");

        Assert.That(html, Does.Contain("data-testid=\"no-role\""));
        Assert.That(html, Does.Not.Contain("wi-chart-svg"));
    }
}

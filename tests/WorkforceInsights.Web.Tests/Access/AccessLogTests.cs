using System.Text.RegularExpressions;
using WorkforceInsights.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>Every view or download of person-level data writes one access-log row (access.md); data officers read it.</summary>
[NonParallelizable]
public partial class AccessLogTests
{
    [Test]
    public async Task ShouldLogAPersonLevelView_AndADownload_WithWhoWhatAndHowManyRows()
    {
        using var app = new SampleCouncilApp();
        using var manager = await app.SignedInClientAsync("OperationsManager", "team:FS01");
        using var officer = await app.SignedInClientAsync("DataOfficer");

        var page = await manager.GetStringAsync("/caseloads?area=Family%20Safeguarding&team=FS01&asOf=2026-09-30");
        var csv = await manager.GetStringAsync("/download/caseloads.csv?asOf=2026-09-30&team=FS01");
        await manager.GetStringAsync("/overview"); // aggregates: no row

        var rows = await app.Services.GetRequiredService<AccessLogStore>().RecentAsync(null, null, 100);
        var workersShown = int.Parse(CaseHolderCount().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(rows.Select(r => r.Resource), Is.EquivalentTo(new[] { "/caseloads", "/caseloads (rebalance, children about to lose their worker)", "/download/caseloads.csv" }));
        Assert.That(rows.Select(r => r.UserId), Is.All.EqualTo("demo-operationsmanager"));
        Assert.That(rows.Select(r => r.Roles), Is.All.EqualTo("OperationsManager"));
        Assert.That(rows.Single(r => r.Resource == "/caseloads").RowsReturned, Is.EqualTo(workersShown).And.GreaterThan(0));
        Assert.That(rows.Single(r => r.Resource == "/download/caseloads.csv").RowsReturned, Is.EqualTo(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1));
        Assert.That(rows.Single(r => r.Resource == "/download/caseloads.csv").Filters, Is.EqualTo("asOf=2026-09-30&team=FS01"));
        Assert.That(await officer.GetStringAsync("/access-log"), Does.Contain("data-resource=\"/download/caseloads.csv\""), "data officers read it in the app");
    }

    [Test]
    public async Task ShouldPurgeRowsOlderThanTheRetentionPeriod()
    {
        using var app = new SampleCouncilApp();
        var store = app.Services.GetRequiredService<AccessLogStore>();
        await store.RecordAsync("u1", "User One", "Leader", "/caseloads", "team=FS01", 3);

        Assert.That(await store.PurgeAsync(retentionDays: 400), Is.Zero, "a row logged now is kept");
        Assert.That(await store.PurgeAsync(retentionDays: -1), Is.EqualTo(1), "a row older than the period goes");
        Assert.That(await store.RecentAsync(null, null, 10), Is.Empty);
    }

    /// <summary>"… of N case holders carry more cases …": N, the case holders the page lists.</summary>
    [GeneratedRegex(@"\d+ of (\d+) case holders")]
    private static partial Regex CaseHolderCount();
}

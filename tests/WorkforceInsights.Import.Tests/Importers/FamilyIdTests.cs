using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md: allocations.csv's optional family_id, matched like any other header; blank is a family of one.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class FamilyIdTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [Test]
    public async Task ShouldLoadFamilyIds_WhateverTheHeadersCase_AndBlankAsNone()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        // C1 and C2 are brother and sister; C3 is on their own (blank family).
        Db.Write("allocations.csv", "child_id,worker_id,start_date,case_type,Family ID\nC1,W1,2024-01-01,CIN, F7 \nC2,W1,2024-01-01,CIN,F7\nC3,W1,2024-01-01,CP,\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Loaded));
        Assert.That(report.Files.Single(f => f.FileName == "allocations.csv").Warnings, Is.Empty, "family_id is a known column");
        Assert.That(await Db.RowsAsync("SELECT child_id, COALESCE(family_id, '-') FROM allocations ORDER BY child_id"),
            Is.EqualTo(new[] { "C1|F7", "C2|F7", "C3|-" }));
    }

    [Test]
    public async Task ShouldLoadAllocationsWithoutTheColumn()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        Db.Write("allocations.csv", "child_id,worker_id,start_date,case_type\nC1,W1,2024-01-01,CIN\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Loaded));
        Assert.That(await Db.CountAsync("allocations WHERE family_id IS NULL"), Is.EqualTo(1));
    }
}

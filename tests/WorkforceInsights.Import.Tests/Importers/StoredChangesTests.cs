using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// The Changes page's figures are counted in the database and its list read a page at a time: both must agree with
/// the changes the engine found for the date, split as the series splits them.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class StoredChangesTests(DatabaseProvider provider) : RefreshedSampleFixture(provider)
{
    private StoredChangesQuery Stored => new(Db.Connections);

    [Test]
    public async Task ShouldListTheYearsChangesOfSocialWorkerWithTheirTeams()
    {
        var all = await Stored.PageInYearToAsync(AsOf, Inputs.Teams, new ChangeListRequest(ChangeListScope.Of(Dimension.Council, []), ChangeListSort.Date, false, 0, int.MaxValue));

        Assert.That(all, Is.EquivalentTo(Day.Changes));
        Assert.That(all.Count(c => c.Recorded), Is.GreaterThan(0).And.LessThan(all.Count), "recorded and inferred reasons both round-trip");
        Assert.That(all.Select(c => c.Date), Is.Ordered, "oldest first when asked");
    }

    [TestCase(Dimension.Team)]
    [TestCase(Dimension.ServiceArea)]
    [TestCase(Dimension.CaseType)]
    public async Task ShouldCountEachGroupsChangesByReason_AsTheSeriesSplitsThem(Dimension dimension)
    {
        var counts = await Stored.CountsInYearToAsync(AsOf, Inputs.Teams);
        var groups = MetricDaySplitter.Split(Day, dimension).Where(g => g.Value.Changes.Count > 0).ToList();

        Assert.That(groups, Has.Count.GreaterThan(1), "several groups, so a wrong split can fail");
        foreach (var (key, group) in groups)
        {
            var inGroup = counts.Where(c => c.KeyIn(dimension) == key).ToList();
            Assert.That(inGroup.GroupBy(c => (c.Reason, c.Recorded)).ToDictionary(g => g.Key, g => g.Sum(c => c.Changes)),
                Is.EquivalentTo(group.Changes.GroupBy(c => (c.Reason, c.Recorded)).ToDictionary(g => g.Key, g => g.Count())), key);
        }
    }

    [TestCase(Dimension.ServiceArea)]
    [TestCase(Dimension.CaseType)]
    public async Task ShouldPageAGroupsList_WithEveryChangeOnceInTheOrderAsked(Dimension dimension)
    {
        var (key, group) = MetricDaySplitter.Split(Day, dimension).MaxBy(g => g.Value.Changes.Count);
        var inScope = (await Stored.CountsInYearToAsync(AsOf, Inputs.Teams)).Where(c => c.KeyIn(dimension) == key).ToList();
        var scope = ChangeListScope.Of(dimension, inScope);
        var pages = new List<ChangeOfWorker>();
        for (var skip = 0; skip < group.Changes.Count; skip += 7)
        {
            pages.AddRange(await Stored.PageInYearToAsync(AsOf, Inputs.Teams, new ChangeListRequest(scope, ChangeListSort.Child, true, skip, 7)));
        }

        Assert.That(group.Changes, Has.Count.GreaterThan(7), "more than one page");
        Assert.That(pages, Is.EquivalentTo(group.Changes), "every change of the group once, and none of another");
        Assert.That(pages.Select(c => c.ChildId), Is.Ordered.Descending.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public async Task ShouldCountAndListChangesOfAnUnknownPreviousTeam_InTheUnknownGroup()
    {
        // A previous worker with no team on the day (no code), or a code the teams file no longer has: the series counts
        // both in the "(unknown team)" area, and the code-less one in the "(unknown team)" team too.
        var known = Day.Changes.First(c => c.PreviousTeam is not null);
        const string insert = """
            INSERT INTO worker_changes (child_id, change_date, previous_worker_id, new_worker_id, previous_team_code, new_team_code, case_type, reason, recorded)
            VALUES (@child_id, @change_date, @previous_worker_id, @new_worker_id, @previous_team_code, @new_team_code, @case_type, @reason, @recorded);
            """;
        await using (var connection = await Db.Connections.OpenAsync())
        {
            foreach (var (child, team) in new[] { ("C-NO-TEAM", (string?)null), ("C-GONE-TEAM", "ZZ99") })
            {
                await Dapper.SqlMapper.ExecuteAsync(connection, insert, new
                {
                    child_id = child, change_date = AsOf, previous_worker_id = known.PreviousWorkerId, new_worker_id = known.NewWorkerId,
                    previous_team_code = team, new_team_code = known.NewTeam?.TeamCode, case_type = "CIN", reason = "MANAGE", recorded = false,
                });
            }
        }

        var counts = await Stored.CountsInYearToAsync(AsOf, Inputs.Teams);
        var unknownArea = counts.Where(c => c.KeyIn(Dimension.ServiceArea) == MetricDaySplitter.UnknownTeam).ToList();
        var list = await Stored.PageInYearToAsync(AsOf, Inputs.Teams, new ChangeListRequest(ChangeListScope.Of(Dimension.ServiceArea, unknownArea), ChangeListSort.Child, false, 0, 100));
        var unknownTeam = counts.Where(c => c.KeyIn(Dimension.Team) == MetricDaySplitter.UnknownTeam).ToList();
        var teamList = await Stored.PageInYearToAsync(AsOf, Inputs.Teams, new ChangeListRequest(ChangeListScope.Of(Dimension.Team, unknownTeam), ChangeListSort.Child, false, 0, 100));

        Assert.That(unknownArea.Sum(c => c.Changes), Is.EqualTo(2 + Day.Changes.Count(c => c.PreviousTeam is null)));
        Assert.That(list.Select(c => c.ChildId), Does.Contain("C-NO-TEAM").And.Contain("C-GONE-TEAM"));
        Assert.That(list, Has.Count.EqualTo(unknownArea.Sum(c => c.Changes)), "the list holds what the counts count");
        Assert.That(teamList.Select(c => c.ChildId), Does.Contain("C-NO-TEAM").And.Not.Contain("C-GONE-TEAM"), "a gone team's code is its own team group");
    }

    /// <summary>The fixture's refreshed council is shared by its tests: a test that adds rows takes them away again.</summary>
    [TearDown]
    public async Task RemoveAddedChangesAsync()
    {
        await using var connection = await Db.Connections.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM worker_changes WHERE child_id IN ('C-NO-TEAM', 'C-GONE-TEAM')");
    }
}

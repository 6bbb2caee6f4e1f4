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
}

using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Results;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Caseloads page from the per-worker facts the series refresh stored for one date (metric definitions applied, never re-derived here).</summary>
public sealed class CaseloadsViewModelBuilder(
    StoredResultsQuery storedResults, WorkerNamesQuery workerNames, MetricSeriesQuery series, TeamsQuery teamsQuery, ImportAuditStore audit, IOptions<MetricTargets> targets, IOptions<Configuration.DashboardOptions> dashboard, BenchmarksViewBuilder benchmarks)
{
    private static readonly AverageCaseload s_average = new();

    /// <param name="filters">The URL's reporting date (the last stored date on or before it; the latest when null), service area and team.</param>
    /// <param name="access">Who asks: per-worker rows and names only where access.md allows, decided here on the server.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<CaseloadsViewModel> BuildAsync(PageFilters filters, UserAccess access, CancellationToken cancellationToken = default)
    {
        var scope = filters.Scope;
        var allTeams = await teamsQuery.RunAsync(cancellationToken);
        var permitted = access.MaySeeWorkers(filters.ServiceArea, filters.Team, allTeams);
        var applies = SmallNumbers.Applies(leavesCouncil: false, permitted);
        var names = dashboard.Value.ShowWorkerNames && access.MaySeeNames(filters.ServiceArea, filters.Team, allTeams);
        // An operations manager's worker-level view offers only the teams in their scope.
        var teams = access.IsIn(Roles.OperationsManager) && !access.IsIn(Roles.Leader) ? access.WorkerTeams(allTeams) : allTeams;
        var stored = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, [MetricIds.AverageCaseload], cancellationToken);
        var dates = stored.Select(p => p.AsOf).Distinct().Order().ToList();
        var lastImport = await audit.LastRunFinishedAtAsync(cancellationToken);
        var asOf = ReportingDate.Resolve(dates, filters.AsOf);
        var trendUrl = SeriesDownload.Url([MetricIds.AverageCaseload], scope, to: asOf);
        var workersUrl = CaseloadsDownload.Url(filters with { AsOf = asOf });
        if (asOf is not { } date)
        {
            return new CaseloadsViewModel(null, null, lastImport, scope, teams, dates, [], [], [], [], [], Trend([], targets.Value, WithheldPoints.None), trendUrl, workersUrl, permitted);
        }

        var teamsByCode = allTeams.ToDictionary(t => t.TeamCode, StringComparer.Ordinal);
        var scopeTeams = TeamsOf(scope, allTeams);
        var facts = await storedResults.WorkersOnAsync(date, scopeTeams, cancellationToken);
        var day = new MetricDay(new(date), [.. facts.Select(f => f.ToSpellOnDay(teamsByCode.GetValueOrDefault(f.TeamCode)))], [], [], [], [], [], [], CouncilCounts.None);
        var group = MetricDaySplitter.Split(day, scope.Dimension).GetValueOrDefault(scope.GroupKey) ?? day with { Spells = [] };
        var settings = targets.Value;
        var nameOf = names && permitted ? await workerNames.RunAsync(date, scopeTeams, cancellationToken) : null;
        List<CaseloadsViewModel.Worker> workers = !permitted ? [] : [.. group.SocialWorkerSpells.Where(s => s.Cases > 0)
            .Select(s => new CaseloadsViewModel.Worker(s.Spell.WorkerId, nameOf?.GetValueOrDefault((s.Spell.WorkerId, s.Spell.TeamCode)), s.Spell.TeamCode, s.Band, s.Spell.Fte, s.Cases, settings.CaseloadThreshold(s.Band, s.Spell.Fte)))
            .OrderByDescending(w => w.Cases).ThenBy(w => w.WorkerId, StringComparer.Ordinal)];
        var requested = filters.AsOf;
        var areaAverages = scope.Dimension != Dimension.Council ? [] : Averages(group, Dimension.ServiceArea, settings.AverageCaseload, applies,
            area => (area, PageLinks.To("/caseloads", requested, area, null)));
        var teamAverages = Averages(group, Dimension.Team, settings.AverageCaseload, applies, code =>
        {
            var team = allTeams.FirstOrDefault(t => t.TeamCode == code);
            return (team?.TeamName ?? code, PageLinks.To("/caseloads", requested, team?.ServiceArea, code));
        });
        var bands = MetricDaySplitter.Split(group, Dimension.ExperienceBand);
        var bandAverages = Core.Staff.ExperienceBand.All
            .Select(b =>
            {
                var (average, note) = bands.TryGetValue(b, out var g) ? Withheld(s_average.Calculate(g), Dimension.ExperienceBand, applies) : (null, null);
                return new CaseloadsViewModel.BandAverage(b, average, settings.For(MetricIds.AverageCaseload, b), note);
            }).ToList();
        List<CaseloadsViewModel.Span> spans = !permitted ? [] : [.. group.Spells.Where(s => s.Spell.LineManagerId is not null)
            .GroupBy(s => s.Spell.LineManagerId!, StringComparer.Ordinal)
            .Select(g => new CaseloadsViewModel.Span(g.Key, g.Select(s => s.Spell.WorkerId).Distinct(StringComparer.Ordinal).Count(), settings.SpanOfControl))
            .OrderByDescending(s => s.Reports)];
        return new CaseloadsViewModel(date, requested, lastImport, scope, teams, dates, workers, areaAverages, teamAverages, bandAverages, spans,
            await benchmarks.WithMarkersAsync(Trend([.. stored.Where(p => p.AsOf <= date)], settings, WithheldPoints.Of(scope.Dimension, stored, applies)), scope.Dimension == Dimension.Council ? await benchmarks.ReportAsync(cancellationToken) : null, cancellationToken),
            trendUrl, workersUrl, permitted);
    }

    /// <summary>
    /// The teams whose workers a scope's group can hold, so a team's or service area's page reads its own workers, not
    /// the council's (so the web process's memory does not grow with the council); null: every team (the council,
    /// and the workers of teams missing from the team list, which count in no named area).
    /// </summary>
    public static IReadOnlyCollection<string>? TeamsOf(SeriesScope scope, IReadOnlyList<Core.Teams.Team> allTeams) => scope.Dimension switch
    {
        Dimension.Team => [scope.GroupKey],
        Dimension.ServiceArea when scope.GroupKey != MetricDaySplitter.UnknownTeam =>
            [.. allTeams.Where(t => string.Equals(t.ServiceArea, scope.GroupKey, StringComparison.Ordinal)).Select(t => t.TeamCode)],
        _ => null,
    };

    private static Charts.ChartSpec Trend(IReadOnlyList<MetricSeriesPoint> points, MetricTargets settings, WithheldPoints withheld) =>
        ChartSpecs.Trend("Average caseload, month by month", [MetricIds.AverageCaseload], points, settings.AverageCaseload, withheld: withheld);

    /// <summary>
    /// The average caseload (the CASE-AVG definition) of each group of one breakdown, highest first; where the rule
    /// applies, one over fewer than 5 cases or FTE is withheld and listed last, so its place says nothing of it.
    /// </summary>
    private static List<CaseloadsViewModel.GroupAverage> Averages(MetricDay day, Dimension dimension, decimal target, bool applies, Func<string, (string Name, string Link)> describe) =>
        [.. MetricDaySplitter.Split(day, dimension)
            .Select(g => (g.Key, Result: s_average.Calculate(g.Value)))
            .Where(g => g.Result.Value is not null)
            .Select(g =>
            {
                var (name, link) = describe(g.Key);
                var (average, note) = Withheld(g.Result, dimension, applies);
                return new CaseloadsViewModel.GroupAverage(g.Key, name, average, target, link, note);
            })
            .OrderByDescending(g => g.Average)];

    /// <summary>A group's average caseload, or null and what to write instead where the small-numbers rule withholds it.</summary>
    private static (decimal? Average, string? Note) Withheld(MetricResult result, Dimension dimension, bool applies)
    {
        var withheld = applies
            ? SmallNumbers.Primary(AverageCaseload.Definition, dimension, (double?)result.Value, (double)result.Numerator, (double?)result.Denominator)
            : Core.Disclosure.Withheld.None;
        return withheld == Core.Disclosure.Withheld.None ? (result.Value, null) : (null, SmallNumbers.Text(withheld));
    }
}

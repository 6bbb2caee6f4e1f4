using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Caseloads page from the facts of one date (metric definitions applied, never re-derived here).</summary>
public sealed class CaseloadsViewModelBuilder(MetricInputsCache cache, MetricSeriesQuery series, TeamsQuery teamsQuery, IOptions<MetricTargets> targets, IOptions<Configuration.DashboardOptions> dashboard)
{
    public async Task<CaseloadsViewModel> BuildAsync(DateOnly? requested, string? serviceArea, string? team, CancellationToken cancellationToken = default)
    {
        var scope = SeriesScope.From(serviceArea, team);
        var teams = await teamsQuery.RunAsync(cancellationToken);
        var trend = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, ["CASE-AVG"], cancellationToken);
        var asOf = requested ?? (trend.Count > 0 ? trend.Max(p => p.AsOf) : null);
        if (asOf is not { } date)
        {
            return new CaseloadsViewModel(null, scope, teams, [], [], [], [], [], SeriesDownload.Url(["CASE-AVG"], scope));
        }

        var day = MetricDayBuilder.Build(await cache.GetAsync(cancellationToken), date);
        var group = MetricDaySplitter.Split(day, scope.Dimension).GetValueOrDefault(scope.GroupKey) ?? day with { Spells = [] };
        var settings = targets.Value;
        var workers = group.SocialWorkerSpells.Where(s => s.Cases > 0)
            .Select(s => new CaseloadsViewModel.Worker(s.Spell.WorkerId, dashboard.Value.ShowWorkerNames ? s.Spell.DisplayName : null, s.Spell.TeamCode, s.Band, s.Spell.Fte, s.Cases, (settings.For("CASE-AVG", s.Band) ?? 0) * s.Spell.Fte))
            .OrderByDescending(w => w.Cases).ThenBy(w => w.WorkerId, StringComparer.Ordinal).ToList();
        var average = new AverageCaseload();
        var teamAverages = MetricDaySplitter.Split(group, Dimension.Team)
            .Select(t => new CaseloadsViewModel.TeamAverage(t.Key, teams.FirstOrDefault(x => x.TeamCode == t.Key)?.TeamName ?? t.Key, average.Calculate(t.Value).Value, settings.AverageCaseload))
            .Where(t => t.Average is not null).OrderByDescending(t => t.Average).ToList();
        var bands = MetricDaySplitter.Split(group, Dimension.ExperienceBand);
        var bandAverages = Core.Staff.ExperienceBand.All
            .Select(b => new CaseloadsViewModel.BandAverage(b, bands.TryGetValue(b, out var g) ? average.Calculate(g).Value : null, settings.For("CASE-AVG", b))).ToList();
        var spans = group.Spells.Where(s => s.Spell.LineManagerId is not null)
            .GroupBy(s => s.Spell.LineManagerId!, StringComparer.Ordinal)
            .Select(g => new CaseloadsViewModel.Span(g.Key, g.Select(s => s.Spell.WorkerId).Distinct(StringComparer.Ordinal).Count(), settings.SpanOfControl))
            .OrderByDescending(s => s.Reports).ToList();
        return new CaseloadsViewModel(date, scope, teams, workers, teamAverages, bandAverages, spans, [.. trend.Where(p => p.AsOf <= date)], SeriesDownload.Url(["CASE-AVG"], scope));
    }
}

using Microsoft.Extensions.Options;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Benchmarks;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Reporting;

/// <summary>
/// Builds the Ofsted briefing pack for a date from the stored series (the same figures as the dashboard and
/// `wi metrics`) and the published benchmarks (the same as `wi benchmarks show`), with charts drawn by the
/// dashboard's renderer. Four themes, each with its charts, a table with benchmarks, status against target and
/// sentences drafted from the figures; definitions and data quality as appendices.
/// </summary>
public sealed class BriefingPackBuilder(MetricSeriesQuery series, BenchmarkReportBuilder benchmarks, IOptions<CouncilOptions> councilOptions, IOptions<MetricTargets> targets, TimeProvider clock)
{
    private const string Council = "Council";
    private const int TrendMonths = 36;

    private static readonly Theme[] s_themes =
    [
        new("Workforce stability",
            [("Turnover rate, rolling 12 months", [MetricIds.TurnoverRate]), ("Agency worker rate and vacancy rate", [MetricIds.AgencyRate, MetricIds.VacancyRate])],
            [MetricIds.TurnoverRate, MetricIds.AgencyRate, MetricIds.VacancyRate, MetricIds.AgencyHeadcount, MetricIds.StabilityIndex]),
        new("Caseloads",
            [("Average caseload, month by month", [MetricIds.AverageCaseload])],
            [MetricIds.AverageCaseload, MetricIds.SpanOfControl]),
        new("Children's experience of changes of social worker",
            [("Children with 3+ social workers in the year", [MetricIds.ThreePlusWorkersRate]), ("Same social worker for 12 months", [MetricIds.SameWorkerRate]),
             ("Why children's workers changed: changes in the year by reason", [MetricIds.ChangesWorkerLeft, MetricIds.ChangesRestructure, MetricIds.ChangesCaseProcess, MetricIds.ChangesManagementDecision])],
            [MetricIds.ThreePlusWorkersRate, MetricIds.LookedAfterThreePlusWorkersRate, MetricIds.SameWorkerRate, MetricIds.Changes]),
        new("Demand and re-referrals",
            [("Re-referral rate, rolling 12 months", [MetricIds.ReReferralRate]), ("Referrals and re-referrals in the year", [MetricIds.Referrals, MetricIds.ReReferrals])],
            [MetricIds.ReReferralRate, MetricIds.Referrals, MetricIds.OpenChildInNeed, MetricIds.OpenChildProtection, MetricIds.OpenLookedAfter, MetricIds.OpenCareLeaver]),
    ];

    /// <summary>The reasons counted in the "why children's workers changed" paragraph, with the recorded ones.</summary>
    private static readonly string[] s_changeIds = [.. Enum.GetValues<Core.Codes.ChangeReason>().Select(r => $"CH-CHG-{r}"), MetricIds.RecordedChanges];

    private static readonly string[] s_qualityIds = [MetricIds.AllocationsToWorkersNotInPost, MetricIds.CaseHoldersWithoutQualifiedDate, MetricIds.OverlappingSpells];

    /// <param name="asOf">The date asked for: the pack is for the last stored date on or before it (the latest when null).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Null when no figures are stored yet.</returns>
    public async Task<BriefingPack?> BuildAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var ids = s_themes.SelectMany(t => t.Rows.Concat(t.Charts.SelectMany(c => c.Ids))).Concat(s_changeIds).Concat(s_qualityIds).Distinct().ToList();
        var points = await series.RunAsync(Council, Council, ids, cancellationToken);
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var candidates = dates.Where(d => asOf is null || d <= asOf).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var date = candidates[^1];
        var values = points.ToDictionary(p => (p.MetricId, p.AsOf), p => p.Value);
        Func<string, DateOnly, double?> value = (id, on) => values.GetValueOrDefault((id, on));
        var shortHistory = points.Where(p => p.ShortHistory).Select(p => (p.MetricId, p.AsOf)).ToHashSet();
        Func<string, DateOnly, bool> isShort = (id, on) => shortHistory.Contains((id, on));
        Func<DateOnly, string, double?> council = (on, id) => value(id, on);
        var settings = councilOptions.Value;
        var report = await benchmarks.BuildAsync(settings.LaCode, null, _ => Task.FromResult(council), cancellationToken);
        var bands = await BandRowsAsync(date, cancellationToken);
        var sections = s_themes.Select(theme => new PackSection(
            theme.Title,
            [.. theme.Charts.Select(c => Chart(c.Title, c.Ids, points, date))],
            [.. theme.Rows.Select(id => Row(id, date, value, isShort, report)), .. theme.Title == "Caseloads" ? bands : []],
            [.. theme.Rows.Select(id => isShort(id, date) ? ShortHistorySentence(id, date)
                : id == MetricIds.Changes ? WhyChanged(date, value) : Sentence(id, date, value, report)).OfType<string>()])).ToList();
        return new BriefingPack(
            settings.Name,
            report is null ? null : settings.BenchmarkNote(report.LaName),
            date,
            clock.GetUtcNow(),
            sections,
            [.. ids.Select(id => MetricCatalog.Get(id).Info).Select(i => new PackDefinition(i.Id, i.Title, i.Definition))],
            [.. s_qualityIds.Select(id => MetricCatalog.Get(id).Info).Select(i => new PackDataQualityRow(i.Title, PackFigures.Format(value(i.Id, date), i.Unit), i.Definition))],
            BenchmarkReport.Attribution);
    }

    private PackChart Chart(string title, string[] ids, IReadOnlyList<MetricSeriesPoint> points, DateOnly date)
    {
        var shown = points.Where(p => ids.Contains(p.MetricId) && p.AsOf <= date && p.AsOf > date.AddMonths(-TrendMonths)).ToList();
        var spec = TrendChart.Of(title, ids, shown, ids.Length == 1 ? (double?)targets.Value.For(ids[0]) : null);
        const int Width = 900, Height = 380;
        return new PackChart(title, ChartRenderer.Png(spec, Width, Height), Width, Height, ChartSummary.Describe(spec));
    }

    private PackFigureRow Row(string id, DateOnly date, Func<string, DateOnly, double?> value, Func<string, DateOnly, bool> isShort, BenchmarkReport? report)
    {
        var info = MetricCatalog.Get(id).Info;
        var (current, before, target) = (value(id, date), value(id, date.AddMonths(-12)), targets.Value.For(id));
        var status = target is null ? "-" : Status(StatusRules.AgainstTarget(info, (decimal?)current, target, targets.Value.Tolerance));
        var published = BenchmarkMeasure.ForMetric(id) is { } m && report is not null ? report[m.Key] : null;
        string Text(DateOnly on, double? figure) => isShort(id, on) ? FigureText.FewerThanAYear : PackFigures.Format(figure, info.Unit);
        return new PackFigureRow(
            info.Title, Text(date, current), Text(date.AddMonths(-12), before),
            target is { } t ? PackFigures.Format((double)t, info.Unit) : "-", status,
            published is null ? "-" : PackFigures.Published(published.England),
            published is null ? "-" : PackFigures.Published(published.Region),
            published is null ? "-" : PackFigures.Published(published.NeighboursMedian),
            published?.Quartile ?? "-",
            published?.PeriodEnd is { } end ? end.ToString("d MMMM yyyy", FigureText.Culture) : "-");
    }

    /// <summary>The differential caseload: the average of each experience band against its target.</summary>
    private async Task<List<PackFigureRow>> BandRowsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var rows = new List<PackFigureRow>();
        var info = MetricCatalog.Get(MetricIds.AverageCaseload).Info;
        foreach (var band in Core.Staff.ExperienceBand.All)
        {
            var own = await series.RunAsync(nameof(Dimension.ExperienceBand), band, [MetricIds.AverageCaseload], cancellationToken);
            var (now, yearBefore) = (own.FirstOrDefault(p => p.AsOf == date), own.FirstOrDefault(p => p.AsOf == date.AddMonths(-12)));
            var (current, before, target) = (now?.Value, yearBefore?.Value, targets.Value.For(MetricIds.AverageCaseload, band));
            string Text(MetricSeriesPoint? point) => point?.ShortHistory == true ? FigureText.FewerThanAYear : PackFigures.Format(point?.Value, info.Unit);
            rows.Add(new PackFigureRow($"Average caseload, {band}", Text(now), Text(yearBefore),
                target is { } t ? PackFigures.Format((double)t, info.Unit) : "-",
                target is null ? "-" : Status(StatusRules.AgainstTarget(info, (decimal?)current, target, targets.Value.Tolerance)), "-", "-", "-", "-", "-"));
        }

        return rows;
    }

    /// <summary>
    /// A factual sentence from the figures, e.g. "Turnover rate fell from 27.8% to 9.1% since September 2021, below England
    /// (11.8%) and the neighbours' median (9.7%) in the latest published figures (30 September 2025)."
    /// </summary>
    private static string? Sentence(string id, DateOnly date, Func<string, DateOnly, double?> value, BenchmarkReport? report)
    {
        var info = MetricCatalog.Get(id).Info;
        if (value(id, date) is not { } latest)
        {
            return null;
        }

        var since = date.AddMonths(-TrendMonths);
        var movement = value(id, since) is not { } earlier ? $"was {PackFigures.Format(latest, info.Unit)} in {PackFigures.Month(date)}"
            : Math.Abs(latest - earlier) < 0.05 ? $"stayed at {PackFigures.Format(latest, info.Unit)} from {PackFigures.Month(since)} to {PackFigures.Month(date)}"
            : $"{(latest < earlier ? "fell" : "rose")} from {PackFigures.Format(earlier, info.Unit)} to {PackFigures.Format(latest, info.Unit)} since {PackFigures.Month(since)}";
        var sentence = $"{info.Title} {movement}";
        if (BenchmarkMeasure.ForMetric(id) is { } measure && report?[measure.Key] is { England: { } england } published)
        {
            sentence += $", {Relation(latest, england)} England ({PackFigures.Published(england)})";
            if (published.NeighboursMedian is { } median)
            {
                sentence += $" and {(Relation(latest, median) == Relation(latest, england) ? string.Empty : Relation(latest, median) + " ")}the neighbours' median ({PackFigures.Published(median)})";
            }

            sentence += $" in the latest published figures ({published.PeriodEnd!.Value.ToString("d MMMM yyyy", FigureText.Culture)})";
        }

        return sentence + ".";
    }

    /// <summary>
    /// A figure the extracts' history does not yet cover (metrics.md, "Complete years only"): the pack says so rather
    /// than leaving the reader to wonder where the paragraph went.
    /// </summary>
    private static string ShortHistorySentence(string id, DateOnly date) =>
        $"{MetricCatalog.Get(id).Info.Title}: {FigureText.FewerThanAYear} on {date.ToString("d MMMM yyyy", FigureText.Culture)}, so no figure is given yet.";

    /// <summary>
    /// The "why children's workers changed" paragraph: the year's changes by reason (largest first, in words with the
    /// code), and how many had a reason recorded rather than inferred from HR data.
    /// </summary>
    private static string? WhyChanged(DateOnly date, Func<string, DateOnly, double?> value)
    {
        if (value(MetricIds.Changes, date) is not { } total || total == 0)
        {
            return null;
        }

        var reasons = Enum.GetValues<Core.Codes.ChangeReason>()
            .Select(r => (Reason: r, Count: value($"CH-CHG-{r}", date) ?? 0)).Where(r => r.Count > 0).OrderByDescending(r => r.Count)
            .Select(r => $"{Core.Codes.ChangeReasons.Words(r.Reason).ToLowerInvariant()} ({r.Reason}) {PackFigures.Format(r.Count, "changes")}, {FigureText.Format(100 * r.Count / total, "%")}");
        var recorded = value(MetricIds.RecordedChanges, date) ?? 0;
        return $"Why children's workers changed: in the year to {date.ToString("d MMMM yyyy", FigureText.Culture)} a child's social worker changed {PackFigures.Format(total, "changes")} times: "
            + string.Join("; ", reasons)
            + $". {FigureText.Format(100 * recorded / total, "%")} of the changes had a reason recorded in the case management system; the rest were inferred from HR data.";
    }

    private static string Relation(double value, double benchmark) =>
        Math.Abs(value - benchmark) < 0.05 ? "in line with" : value < benchmark ? "below" : "above";

    private static string Status(Status status) => status switch
    {
        Core.Metrics.Targets.Status.Better => "✔ better than target",
        Core.Metrics.Targets.Status.OnTarget => "● on target",
        Core.Metrics.Targets.Status.Worse => "✘ worse than target",
        _ => "no data",
    };

    private sealed record Theme(string Title, (string Title, string[] Ids)[] Charts, string[] Rows);
}

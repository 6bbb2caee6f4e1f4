using Microsoft.Extensions.Options;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Benchmarks;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Reporting;

/// <summary>
/// Builds the Ofsted briefing pack for a date from the stored series (the same figures as the dashboard and
/// `wi metrics`) and the published benchmarks (the same as `wi benchmarks show`), with charts drawn by the
/// dashboard's renderer. Four themes, each with its charts, a table with benchmarks, status against target and
/// sentences drafted from the figures; then where the workforce is heading (the baseline forecast against the plan's
/// targets); definitions and data quality as appendices.
/// </summary>
public sealed class BriefingPackBuilder(MetricSeriesQuery series, BenchmarkReportBuilder benchmarks, IOptions<CouncilOptions> councilOptions, IOptions<MetricTargets> targets, TimeProvider clock, AgencyInputsReader agency, PlanForecasts forecasts)
{
    private const string Council = "Council";
    private const int TrendMonths = 36;

    /// <summary>Each theme's charts; its table's rows are the metrics whose definitions name the theme.</summary>
    private static readonly Theme[] s_themes =
    [
        new(PackTheme.Workforce, "Workforce stability",
            [("Turnover rate, rolling 12 months", [MetricIds.TurnoverRate]), ("Agency worker rate and vacancy rate", [MetricIds.AgencyRate, MetricIds.VacancyRate])]),
        new(PackTheme.Caseloads, "Caseloads",
            [("Average caseload, month by month", [MetricIds.AverageCaseload])]),
        new(PackTheme.Children, "Children's experience of changes of social worker",
            [("Children with 3+ social workers in the year", [MetricIds.ThreePlusWorkersRate]), ("Same social worker for 12 months", [MetricIds.SameWorkerRate]),
             ("Why children's workers changed: changes in the year by reason", [MetricIds.ChangesWorkerLeft, MetricIds.ChangesRestructure, MetricIds.ChangesCaseProcess, MetricIds.ChangesManagementDecision])]),
        new(PackTheme.Referrals, "Demand and re-referrals",
            [("Re-referral rate, rolling 12 months", [MetricIds.ReReferralRate]), ("Referrals and re-referrals in the year", [MetricIds.Referrals, MetricIds.ReReferrals])]),
    ];

    /// <summary>The reasons counted in the "why children's workers changed" paragraph, with the recorded ones.</summary>
    private static readonly string[] s_changeIds = [.. Enum.GetValues<Core.Codes.ChangeReason>().Select(r => $"CH-CHG-{r}"), MetricIds.RecordedChanges];

    private static readonly string[] s_qualityIds = [MetricIds.AllocationsToWorkersNotInPost, MetricIds.CaseHoldersWithoutQualifiedDate, MetricIds.OverlappingSpells];

    /// <param name="asOf">The date asked for: the pack is for the last stored date on or before it (the latest when null).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Null when no figures are stored yet.</returns>
    public async Task<BriefingPack?> BuildAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var ids = BreakdownFamily.WithFamilies(s_themes.SelectMany(t => t.Rows.Concat(t.Charts.SelectMany(c => c.Ids))).Concat(s_changeIds).Concat(s_qualityIds).Distinct());
        var points = await series.RunAsync(Council, Council, ids, cancellationToken);
        // The pack leaves the council: every figure, chart point, alt text and sentence follows the small-numbers rule.
        var withheld = WithheldPoints.Of(Dimension.Council, points);
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
        var agencyRules = await agency.ReadAsync(cancellationToken) is { } inputs ? RegisterSummary.Of(date, inputs.RegisterOn(date)) : null;
        var sections = s_themes.Select(theme => new PackSection(
            theme.Title,
            [.. theme.Charts.Select(c => Chart(c.Title, c.Ids, points, date, withheld))],
            [.. theme.Rows.Select(id => Row(id, date, value, isShort, report, withheld)), .. theme.Title == "Caseloads" ? bands : []],
            [.. theme.Rows.Select(id => isShort(id, date) ? ShortHistorySentence(id, date)
                : id == MetricIds.Changes ? WhyChanged(date, value, withheld) : Sentence(id, date, value, report, withheld)).OfType<string>(),
             .. AgencyPart(theme, agencyRules, AgencyCompliance.Sentence)],
            AgencyPart(theme, agencyRules, AgencyCompliance.Table))).ToList();
        sections.Add(WhereWeAreHeading.Of(await forecasts.ReportAsync(date, Core.Forecast.ForecastDates.DefaultMonths, Core.Forecast.ForecastScenario.Baseline, cancellationToken)));
        return new BriefingPack(
            settings.Name,
            report is null ? null : settings.BenchmarkNote(report.LaName),
            date,
            clock.GetUtcNow(),
            sections,
            [.. ids.Select(id => MetricCatalog.Get(id).Info).Select(i => new PackDefinition(i.Id, i.Title, i.Definition))],
            [.. s_qualityIds.Select(id => MetricCatalog.Get(id).Info).Select(i => new PackDataQualityRow(i.Title, withheld.Format(date, i.Id, value(i.Id, date), i.Unit), i.Definition))],
            BenchmarkReport.Attribution);
    }

    /// <summary>The workforce theme's agency compliance (its sentence, or its table); nothing in the other themes.</summary>
    private static List<T> AgencyPart<T>(Theme theme, RegisterSummary? summary, Func<RegisterSummary, T> part) =>
        theme.Key == PackTheme.Workforce && summary is not null ? [part(summary)] : [];

    private PackChart Chart(string title, string[] ids, IReadOnlyList<MetricSeriesPoint> points, DateOnly date, WithheldPoints withheld)
    {
        var shown = points.Where(p => ids.Contains(p.MetricId) && p.AsOf <= date && p.AsOf > date.AddMonths(-TrendMonths)).ToList();
        var spec = TrendChart.Of(title, ids, shown, ids.Length == 1 ? (double?)targets.Value.For(ids[0]) : null, withheld: withheld.Note);
        const int Width = 900, Height = 380;
        return new PackChart(title, ChartRenderer.Png(spec, Width, Height), Width, Height, ChartSummary.Describe(spec));
    }

    private PackFigureRow Row(string id, DateOnly date, Func<string, DateOnly, double?> value, Func<string, DateOnly, bool> isShort, BenchmarkReport? report, WithheldPoints withheld)
    {
        var info = MetricCatalog.Get(id).Info;
        var yearBefore = date.AddMonths(-12);
        var (current, before, target) = (value(id, date), value(id, yearBefore), targets.Value.For(id));
        // A withheld figure's status and quartile would say which side of a line it falls: they go with it.
        var shown = withheld[date, id] == Withheld.None && !isShort(id, date);
        var status = target is null || !shown ? "-" : Status(StatusRules.AgainstTarget(info, (decimal?)current, target, targets.Value.Tolerance));
        var published = BenchmarkMeasure.ForMetric(id) is { } m && report is not null ? report[m.Key] : null;
        string Text(DateOnly on, double? figure) => isShort(id, on) ? FigureText.FewerThanAYear : withheld.Format(on, id, figure, info.Unit);
        return new PackFigureRow(
            info.Title, Text(date, current), Text(yearBefore, before),
            target is { } t ? FigureText.Format((double)t, info.Unit) : "-", status,
            published is null ? "-" : FigureText.Published(published.England),
            published is null ? "-" : FigureText.Published(published.Region),
            published is null ? "-" : FigureText.Published(published.NeighboursMedian),
            shown ? published?.Quartile ?? "-" : "-",
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
            // A band's average over fewer than 5 cases or FTE is suppressed (the bands' cases are not printed, so there is no total to subtract from).
            var withheld = WithheldPoints.Of(Dimension.ExperienceBand, own);
            var yearBefore = date.AddMonths(-12);
            var (now, then) = (own.FirstOrDefault(p => p.AsOf == date), own.FirstOrDefault(p => p.AsOf == yearBefore));
            var (current, target) = (now?.Value, targets.Value.For(MetricIds.AverageCaseload, band));
            var shown = withheld[date, MetricIds.AverageCaseload] == Withheld.None && now?.ShortHistory != true;
            string Text(MetricSeriesPoint? point, DateOnly on) => point?.ShortHistory == true ? FigureText.FewerThanAYear : withheld.Format(on, info.Id, point?.Value, info.Unit);
            rows.Add(new PackFigureRow($"Average caseload, {band}", Text(now, date), Text(then, yearBefore),
                target is { } t ? FigureText.Format((double)t, info.Unit) : "-",
                target is null || !shown ? "-" : Status(StatusRules.AgainstTarget(info, (decimal?)current, target, targets.Value.Tolerance)), "-", "-", "-", "-", "-"));
        }

        return rows;
    }

    /// <summary>
    /// A factual sentence from the figures, e.g. "Turnover rate fell from 27.8% to 9.1% since September 2021, below England
    /// (11.8%) and the neighbours' median (9.7%) in the latest published figures (30 September 2025)."
    /// </summary>
    private static string? Sentence(string id, DateOnly date, Func<string, DateOnly, double?> value, BenchmarkReport? report, WithheldPoints withheld)
    {
        var info = MetricCatalog.Get(id).Info;
        if (value(id, date) is not { } latest)
        {
            return null;
        }

        if (withheld[date, id] != Withheld.None)
        {
            return $"{info.Title} in {FigureText.LongMonth(date)} is withheld: it rests on a small number (fewer than 5).";
        }

        var since = date.AddMonths(-TrendMonths);
        var movement = value(id, since) is not { } earlier || withheld[since, id] != Withheld.None ? $"was {FigureText.Format(latest, info.Unit)} in {FigureText.LongMonth(date)}"
            : Math.Abs(latest - earlier) < 0.05 ? $"stayed at {FigureText.Format(latest, info.Unit)} from {FigureText.LongMonth(since)} to {FigureText.LongMonth(date)}"
            : $"{(latest < earlier ? "fell" : "rose")} from {FigureText.Format(earlier, info.Unit)} to {FigureText.Format(latest, info.Unit)} since {FigureText.LongMonth(since)}";
        var sentence = $"{info.Title} {movement}";
        if (BenchmarkMeasure.ForMetric(id) is { } measure && report?[measure.Key] is { England: { } england } published)
        {
            sentence += $", {Relation(latest, england)} England ({FigureText.Published(england)})";
            if (published.NeighboursMedian is { } median)
            {
                sentence += $" and {(Relation(latest, median) == Relation(latest, england) ? string.Empty : Relation(latest, median) + " ")}the neighbours' median ({FigureText.Published(median)})";
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
    /// <remarks>
    /// The total is the council's own and shown; a reason withheld (or withheld with it, so it cannot be worked back
    /// from the total) reads "&lt;5" or "suppressed", its share with it. Withheld reasons go last, so the order says
    /// nothing of their size.
    /// </remarks>
    private static string? WhyChanged(DateOnly date, Func<string, DateOnly, double?> value, WithheldPoints withheld)
    {
        if (value(MetricIds.Changes, date) is not { } total || total == 0)
        {
            return null;
        }

        var reasons = Enum.GetValues<Core.Codes.ChangeReason>()
            .Select(r => (Reason: r, Id: $"CH-CHG-{r}", Count: value($"CH-CHG-{r}", date) ?? 0)).Where(r => r.Count > 0)
            .Select(r => (r.Reason, r.Id, r.Count, Withheld: withheld[date, r.Id]))
            .OrderBy(r => r.Withheld != Withheld.None).ThenByDescending(r => r.Withheld == Withheld.None ? r.Count : 0).ThenBy(r => r.Reason)
            .Select(r => $"{Core.Codes.ChangeReasons.Words(r.Reason).ToLowerInvariant()} ({r.Reason}) {withheld.Format(date, r.Id, r.Count, MetricUnit.Changes)}, {Share(r.Count, total, r.Withheld)}");
        var recorded = value(MetricIds.RecordedChanges, date) ?? 0;
        return $"Why children's workers changed: in the year to {date.ToString("d MMMM yyyy", FigureText.Culture)} a child's social worker changed {FigureText.Format(total, MetricUnit.Changes)} times: "
            + string.Join("; ", reasons)
            + $". {Share(recorded, total, withheld[date, MetricIds.RecordedChanges])} of the changes had a reason recorded in the case management system; the rest were inferred from HR data.";
    }

    /// <summary>A part's share of the total, withheld with the part.</summary>
    private static string Share(double part, double total, Withheld partWithheld) =>
        SmallNumbers.Text(SmallNumbers.ShareOf(partWithheld)) ?? FigureText.Format(100 * part / total, MetricUnit.Percent);

    private static string Relation(double value, double benchmark) =>
        Math.Abs(value - benchmark) < 0.05 ? "in line with" : value < benchmark ? "below" : "above";

    private static string Status(Status status) => status switch
    {
        Core.Metrics.Targets.Status.Better => "✔ better than target",
        Core.Metrics.Targets.Status.OnTarget => "● on target",
        Core.Metrics.Targets.Status.Worse => "✘ worse than target",
        _ => "no data",
    };

    private sealed record Theme(PackTheme Key, string Title, (string Title, string[] Ids)[] Charts)
    {
        public string[] Rows { get; } = [.. MetricCatalog.All.Where(m => m.Info.Theme == Key).Select(m => m.Info.Id)];
    }
}

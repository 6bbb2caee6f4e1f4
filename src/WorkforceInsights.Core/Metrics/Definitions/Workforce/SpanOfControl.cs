using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-SPAN: Span of control.</summary>
public sealed class SpanOfControl : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.SpanOfControl,
        Title: "Span of control",
        Definition: "Average number of workers in post on D whose spell names the manager as line_manager_id, over the managers named by at least one such worker.",
        Numerator: "workers in post naming a line manager",
        Denominator: "line managers named",
        Unit: MetricUnit.ReportsPerManager,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Caseloads,
        Json: "workforce.spanOfControl",
        Theme: PackTheme.Caseloads,
        SourceFields: "workers.csv: worker_id, line_manager_id, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Organisation) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day)
    {
        var reports = day.Spells.Where(s => s.Spell.LineManagerId is not null)
            .Select(s => (Manager: s.Spell.LineManagerId!, s.Spell.WorkerId)).Distinct().ToList();
        return MetricResult.Ratio(reports.Count, reports.Select(r => r.Manager).Distinct(StringComparer.Ordinal).Count());
    }
}

using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Definitions.DataQuality;

/// <summary>DQ-OVERLAP: Overlapping spells.</summary>
public sealed class OverlappingSpells : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.OverlappingSpells,
        Title: "Overlapping spells",
        Definition: "Pairs of spells of the same worker in the same team whose dates overlap, which usually double-count FTE.",
        Numerator: "pairs of spells",
        Denominator: "",
        Unit: MetricUnit.Pairs,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.DataStatus,
        Json: "dataQuality.overlappingSpells",
        SourceFields: "workers.csv: worker_id, team_code, start_date, end_date",
        AsAtRule: "Whole history.",
        Dimensions: Breakdowns.CouncilOnly);

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.CouncilOnly.OverlappingSpells);
}

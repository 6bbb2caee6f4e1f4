using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Definitions.DataQuality;

/// <summary>DQ-NO-QUALIFIED: Case holders with no qualified date.</summary>
public sealed class CaseHoldersWithoutQualifiedDate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.CaseHoldersWithoutQualifiedDate,
        Title: "Case holders with no qualified date",
        Definition: "Social workers holding cases on D whose qualified_date is blank: their experience band is unknown.",
        Numerator: "case holders",
        Denominator: "",
        Unit: MetricUnit.Workers,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.DataStatus,
        Json: "dataQuality.caseHoldersWithoutQualifiedDate",
        SourceFields: "workers.csv: qualified_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Organisation);

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(DataQualityRules.CaseHoldersWithoutQualifiedDate(day).Count);
}

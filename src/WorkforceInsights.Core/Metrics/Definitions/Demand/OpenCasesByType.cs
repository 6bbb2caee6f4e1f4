using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Demand;

/// <summary>
/// DEM-CIN, DEM-CP, DEM-CLA, DEM-CL: distinct children with an allocation (to anyone) open on D,
/// by the case type of their main open allocation (latest start, then CP, CLA, CIN, CL).
/// </summary>
public sealed class OpenCasesByType : IMetric
{
    private readonly CaseType _caseType;

    private OpenCasesByType(CaseType caseType, string name)
    {
        _caseType = caseType;
        Info = new MetricInfo(
            Id: $"DEM-{caseType}",
            Title: $"Open {name} cases",
            Definition: $"Distinct children with an allocation (to anyone) open on D whose main open allocation is {caseType} ({name}). Where a child has several open allocations, the one with the latest start_date counts, then CP, CLA, CIN, CL.",
            Numerator: "children",
            Denominator: string.Empty,
            Unit: MetricUnit.Children,
            Polarity: Polarity.Neutral,
            Page: DashboardPage.ReferralsAndDemand,
            Json: $"demand.{caseType}",
            Chart: caseType is CaseType.CIN or CaseType.CP ? PageCharts.OpenCasesInNeedAndProtection : PageCharts.OpenCasesLookedAfterAndLeavers,
            Theme: PackTheme.Referrals,
            SourceFields: "allocations.csv: child_id, start_date, end_date, case_type",
            AsAtRule: "Open on D: start_date <= D and (end_date blank or end_date >= D).",
            Dimensions: Breakdowns.Organisation) { Needs = HistoryNeed.AllocationsOnDay };
    }

    public static IReadOnlyList<OpenCasesByType> All { get; } =
    [
        new(CaseType.CIN, "child in need"),
        new(CaseType.CP, "child protection plan"),
        new(CaseType.CLA, "child looked after"),
        new(CaseType.CL, "care leaver"),
    ];

    public CaseType CaseType => _caseType;

    public MetricInfo Info { get; }

    public MetricResult Calculate(MetricDay day) => MetricResult.Count(day.Children.Count(c => c.CaseType == _caseType));
}

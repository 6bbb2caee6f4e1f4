using WorkforceInsights.Core.Metrics;
namespace WorkforceInsights.Core.Benchmarks;

/// <summary>
/// One published measure the council is compared on (benchmarks.md, "Measures"): where it is published, which
/// of the council's own metrics matches it, and the date a published year stands for.
/// </summary>
/// <param name="Key">The JSON key of `wi benchmarks show` (e.g. "turnoverRate").</param>
/// <param name="MetricId">The council's own metric with the matching definition (metrics.md).</param>
/// <param name="PeriodEndsIn">The month and day a published year ends: 30 September (workforce census) or 31 March (children's returns).</param>
/// <param name="LowerIsBetter">Every measure here is better lower (turnover, agency, vacancies, caseloads, re-referrals, changes of worker).</param>
public sealed record BenchmarkMeasure(string Key, string Title, MetricUnit Unit, string MetricId, BenchmarkSource Source, (int Month, int Day) PeriodEndsIn, bool LowerIsBetter = true)
{
    /// <summary>The date a published year Y stands for (e.g. 30 September Y).</summary>
    public DateOnly PeriodEnd(int year) => new(year, PeriodEndsIn.Month, PeriodEndsIn.Day);

    public static BenchmarkMeasure TurnoverRate { get; } = new("turnoverRate", "Turnover rate", MetricUnit.Percent, MetricIds.TurnoverRate, BenchmarkSource.Workforce, (9, 30));
    public static BenchmarkMeasure AgencyRate { get; } = new("agencyRate", "Agency worker rate", MetricUnit.Percent, MetricIds.AgencyRate, BenchmarkSource.Workforce, (9, 30));
    public static BenchmarkMeasure VacancyRate { get; } = new("vacancyRate", "Vacancy rate", MetricUnit.Percent, MetricIds.VacancyRate, BenchmarkSource.Workforce, (9, 30));
    public static BenchmarkMeasure AverageCaseload { get; } = new("averageCaseload", "Average caseload", MetricUnit.CasesPerFte, MetricIds.AverageCaseload, BenchmarkSource.Workforce, (9, 30));
    public static BenchmarkMeasure ReReferralRate { get; } = new("reReferralRate", "Re-referral rate", MetricUnit.Percent, MetricIds.ReReferralRate, BenchmarkSource.ChildrenInNeed, (3, 31));
    public static BenchmarkMeasure ClaThreePlusRate { get; } = new("claThreePlusRate", "Children looked after with 3+ social workers in the year", MetricUnit.Percent, MetricIds.LookedAfterThreePlusWorkersRate, BenchmarkSource.LookedAfter, (3, 31));

    /// <summary>The six measures, in the order the product shows them.</summary>
    public static IReadOnlyList<BenchmarkMeasure> All { get; } = [TurnoverRate, AgencyRate, VacancyRate, AverageCaseload, ReReferralRate, ClaThreePlusRate];

    public static BenchmarkMeasure? ForMetric(string metricId) => All.FirstOrDefault(m => m.MetricId == metricId);
}

/// <summary>The published releases the measures come from.</summary>
public enum BenchmarkSource
{
    /// <summary>Children's social work workforce (csww): 30 September of the year.</summary>
    Workforce,

    /// <summary>Children in need (c1): the year to 31 March.</summary>
    ChildrenInNeed,

    /// <summary>Children looked after, social worker changes: the year to 31 March.</summary>
    LookedAfter,
}

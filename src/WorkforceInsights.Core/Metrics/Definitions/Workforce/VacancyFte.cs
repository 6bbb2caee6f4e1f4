using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-VAC-FTE: Vacancies (FTE).</summary>
public sealed class VacancyFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.VacancyFte,
        Title: "Vacancies (FTE)",
        Definition: "Sum over the establishment rows of social-worker roles, per team and role, of max(0, establishment_fte - employed FTE in post on D in that team and role).",
        Numerator: "vacancy FTE",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.vacancyFte",
        SourceFields: "establishment.csv; workers.csv: team_code, role, employment_type, fte",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Organisation) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Vacancies.Sum(v => v.VacancyFte));
}

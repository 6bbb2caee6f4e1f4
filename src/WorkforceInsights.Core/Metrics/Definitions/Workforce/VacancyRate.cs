using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-VAC-RATE: Vacancy rate.</summary>
public sealed class VacancyRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.VacancyRate,
        Title: "Vacancy rate",
        Definition: "Vacancy FTE divided by vacancy FTE plus employed social-worker FTE on D, x 100 (DfE workforce census).",
        Numerator: "vacancy FTE",
        Denominator: "vacancy FTE + employed FTE on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.vacancyRate",
        Chart: PageCharts.AgencyAndVacancyRates,
        Theme: PackTheme.Workforce,
        SourceFields: "establishment.csv; workers.csv: team_code, role, employment_type, fte",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Organisation) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.Vacancies.Sum(v => v.VacancyFte), day.Vacancies.Sum(v => v.VacancyFte) + day.SocialWorkerSpells.Where(s => s.IsEmployedSocialWorker).Sum(s => s.Spell.Fte));
}

using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Definitions.Workforce;
using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The dashboard's figures on E that the forecast starts from, computed by the metrics' own definitions so the
/// forecast's m = 0 is the dashboard's figure.
/// </summary>
/// <param name="TurnoverFraction">Turnover in the year to E as a fraction (0 where there is no employed FTE).</param>
/// <param name="VacancyFte">V_E, the vacancy FTE of metrics.md on E.</param>
/// <param name="EstablishmentFte">The social-worker roles' establishment FTE.</param>
/// <param name="CasesHeld">Cases held on E.</param>
/// <param name="EmployedCaseHolderShare">s_e: the share of employed FTE on E held by case holders.</param>
/// <param name="AgencyCaseHolderShare">s_a: the share of agency FTE on E held by case holders.</param>
internal sealed record ForecastStart(
    double TurnoverFraction,
    double VacancyFte,
    double EstablishmentFte,
    double CasesHeld,
    double EmployedCaseHolderShare,
    double AgencyCaseHolderShare)
{
    public static ForecastStart On(MetricInputs inputs, DateOnly asOf)
    {
        var day = MetricDayBuilder.Build(inputs, asOf);
        var employed = day.SocialWorkerSpells.Where(s => s.IsEmployedSocialWorker).ToArray();
        var agency = day.SocialWorkerSpells.Where(s => s.IsAgencySocialWorker).ToArray();
        return new ForecastStart(
            (double)(new TurnoverRate().Calculate(day).Value ?? 0) / 100,
            (double)new VacancyFte().Calculate(day).Value!.Value,
            (double)inputs.Establishment.Where(p => p.Role.IsSocialWorker()).Sum(p => p.EstablishmentFte),
            (double)new CasesHeld().Calculate(day).Value!.Value,
            Share(employed),
            Share(agency));
    }

    private static double Share(SpellOnDay[] spells)
    {
        var total = spells.Sum(s => s.Spell.Fte);
        return total == 0 ? 0 : (double)(spells.Where(s => s.WorkerHoldsCases).Sum(s => s.Spell.Fte) / total);
    }
}

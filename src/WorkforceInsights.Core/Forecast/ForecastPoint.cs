namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The forecast at one month end D_m (forecast.md, "Outputs"). Rates and the caseload are null where their
/// denominator is 0 ("no data", as metrics.md).
/// </summary>
public sealed record ForecastPoint(
    int Month,
    DateOnly Date,
    double EmployedFte,
    double EmployedFteLow,
    double EmployedFteHigh,
    IReadOnlyDictionary<string, double> EmployedFteByBand,
    double AgencyFte,
    double EstablishmentFte,
    double VacancyFte,
    double? VacancyRate,
    double? AgencyRate,
    double? TurnoverRate,
    double? AverageCaseload)
{
    /// <summary>The figure a plan's target names, by metric id (null for a metric the forecast does not give).</summary>
    public double? For(string metricId) => metricId switch
    {
        Metrics.MetricIds.EmployedFte => EmployedFte,
        Metrics.MetricIds.AgencyFte => AgencyFte,
        Metrics.MetricIds.TurnoverRate => TurnoverRate,
        Metrics.MetricIds.AgencyRate => AgencyRate,
        Metrics.MetricIds.VacancyRate => VacancyRate,
        Metrics.MetricIds.AverageCaseload => AverageCaseload,
        _ => null,
    };
}

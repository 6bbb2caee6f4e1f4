using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Core.Forecast;

/// <summary>What `wi forecast` and the Plan page show: the forecast, the plan's targets against it, and last year's forecast against what happened.</summary>
public sealed record ForecastReport(WorkforceForecast Forecast, IReadOnlyList<PlanTargetCheck> Targets, ForecastBacktest Backtest, IReadOnlyList<EarlyCareerCohort> Cohorts)
{
    /// <param name="inputs">The data as it stands on its extract date.</param>
    /// <param name="asOf">E: the extract date, or an earlier date for a forecast made with the data as it stood then.</param>
    /// <param name="months">H.</param>
    /// <param name="scenario">The decision to try.</param>
    /// <param name="targets">The council's targets: the plan ("Targets:Plan") and the ASYE caseload target for the cohorts.</param>
    public static ForecastReport Build(MetricInputs inputs, DateOnly asOf, int months, ForecastScenario scenario, MetricTargets targets)
    {
        var asItStood = inputs.ExtractDate is { } extract && asOf < extract ? ForecastInputs.AsItStoodOn(inputs, asOf) : inputs;
        var forecast = WorkforceForecaster.Run(asItStood, asOf, months, scenario);
        // The backtest reads only m = 0 of this forecast (the actual figures on E), which no scenario changes.
        return new ForecastReport(
            forecast,
            PlanTracking.Check(targets.Plan, forecast, inputs),
            ForecastBacktest.For(asItStood, forecast),
            EarlyCareerCohorts.For(inputs, asOf, targets.AsyeAverageCaseload));
    }
}

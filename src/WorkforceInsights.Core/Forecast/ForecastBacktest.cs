namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// Last year's forecast against what happened: the baseline run on the data as it stood on E − 12 months, its point
/// for E's month end, beside the actual figures on E.
/// </summary>
public sealed record ForecastBacktest(DateOnly AsOf, BacktestFigure EmployedFte, BacktestFigure AgencyFte, BacktestFigure TurnoverRate)
{
    /// <param name="inputs">The data as it stands on E.</param>
    /// <param name="now">The forecast from E, whose m = 0 holds the actual figures on E.</param>
    public static ForecastBacktest For(Metrics.Facts.MetricInputs inputs, WorkforceForecast now)
    {
        var yearAgo = now.AsOf.AddMonths(-12);
        var then = WorkforceForecaster.Run(ForecastInputs.AsItStoodOn(inputs, yearAgo), yearAgo, 12, ForecastScenario.Baseline).Points[12];
        var actual = now.Points[0];
        return new ForecastBacktest(
            yearAgo,
            new BacktestFigure(then.EmployedFte, actual.EmployedFte),
            new BacktestFigure(then.AgencyFte, actual.AgencyFte),
            new BacktestFigure(then.TurnoverRate, actual.TurnoverRate));
    }
}

namespace WorkforceInsights.Core.Forecast;

/// <summary>A year-old forecast of one figure and what happened; the difference is forecast minus actual.</summary>
public sealed record BacktestFigure(double? Forecast, double? Actual)
{
    public double? Difference => Forecast - Actual;
}

namespace WorkforceInsights.Core.Forecast;

/// <summary>A forecast from <paramref name="AsOf"/> (E) for <paramref name="Months"/> month ends, with the yearly leaving rates it used.</summary>
/// <param name="Rates">L_b of each experience band, after the scenario's leaving change, as a fraction a year.</param>
/// <param name="Points">One point per month end, from m = 0 (E itself).</param>
public sealed record WorkforceForecast(
    DateOnly AsOf,
    int Months,
    ForecastScenario Scenario,
    IReadOnlyDictionary<string, double> Rates,
    IReadOnlyList<ForecastPoint> Points);

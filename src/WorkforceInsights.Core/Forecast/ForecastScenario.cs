namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// A decision to try on the forecast (forecast.md); every field 0 is the baseline, "last year again".
/// </summary>
/// <param name="ExtraAsye">Newly qualified FTE joining on every 30 September of the horizon.</param>
/// <param name="Conversions">Agency workers converted to employed posts each month, longest-serving first.</param>
/// <param name="LeavingChange">Percent change to every band's leaving rate (-20 is a fifth fewer leavings).</param>
/// <param name="EstablishmentChange">FTE added to the social-worker establishment from the first month on.</param>
/// <param name="DemandChange">Percent a year by which cases held grow.</param>
public sealed record ForecastScenario(
    double ExtraAsye = 0,
    int Conversions = 0,
    double LeavingChange = 0,
    double EstablishmentChange = 0,
    double DemandChange = 0)
{
    public static ForecastScenario Baseline { get; } = new();
}

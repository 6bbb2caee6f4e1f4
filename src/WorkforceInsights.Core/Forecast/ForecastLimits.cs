namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The values a forecast may be asked for (forecast.md), checked in one place for `wi forecast` and the Plan page:
/// each check gives the plain message for a value out of bounds, naming it as its caller does (an option, a field).
/// </summary>
public static class ForecastLimits
{
    /// <summary>H: a whole number of months from 1 to <see cref="ForecastDates.MaxMonths"/>.</summary>
    public static string? Months(double value, string name) =>
        value != Math.Floor(value) || value < 1 || value > ForecastDates.MaxMonths ? $"{name} is a whole number from 1 to {ForecastDates.MaxMonths}." : null;

    /// <summary>Conversions: whole people a month, none or more.</summary>
    public static string? Conversions(double value, string name) =>
        value < 0 || value != Math.Floor(value) ? $"{name} is a whole number of people a month, 0 or more." : null;

    /// <summary>Extra newly qualified FTE a year: none or more.</summary>
    public static string? ExtraAsye(double value, string name) => value < 0 ? $"{name} is 0 or more." : null;

    /// <summary>The change to leaving rates in percent: -100 (no one leaves) or more.</summary>
    public static string? LeavingChange(double value, string name) =>
        value < -100 ? $"{name} is a percent, -100 or more (-100 is no one leaving)." : null;
}

using System.Globalization;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The Plan page's URL: the forecast's date and length and the scenario tried, as the page's form, its links and its
/// downloads write them (<c>?asOf=2026-09-30&amp;months=24&amp;extraAsye=10&amp;conversions=1&amp;leavingChange=-20&amp;establishmentChange=0&amp;demandChange=5</c>).
/// Empty values are the defaults, so the plain GET form may send every field. The limits are `wi forecast`'s (<see cref="ForecastLimits"/>).
/// </summary>
public sealed record PlanQuery(string? AsOf, string? Months, string? ExtraAsye, string? Conversions, string? LeavingChange, string? EstablishmentChange, string? DemandChange)
{
    /// <summary>What the URL asks for, or null with a plain message for each bad value.</summary>
    public PlanRequest? Parse(List<string> errors)
    {
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            asOf = IsoDate.TryParse(AsOf.Trim(), out var date) ? date : null;
            if (asOf is null)
            {
                errors.Add($"As of is a date written yyyy-MM-dd (e.g. 2026-09-30), not '{AsOf}'.");
            }
        }

        var months = Number(Months, "Months", ForecastDates.DefaultMonths, errors);
        var conversions = Number(Conversions, "Conversions", 0, errors);
        var extraAsye = Number(ExtraAsye, "Extra ASYE FTE", 0, errors);
        var leavingChange = Number(LeavingChange, "Leaving change", 0, errors);
        errors.AddRange(new[]
        {
            months is { } h ? ForecastLimits.Months(h, "Months") : null,
            conversions is { } c ? ForecastLimits.Conversions(c, "Conversions") : null,
            extraAsye is { } x ? ForecastLimits.ExtraAsye(x, "Extra ASYE FTE") : null,
            leavingChange is { } l ? ForecastLimits.LeavingChange(l, "Leaving change") : null,
        }.OfType<string>());

        var establishmentChange = Number(EstablishmentChange, "Establishment change", 0, errors);
        var demandChange = Number(DemandChange, "Demand change", 0, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        return new PlanRequest(asOf, (int)months!.Value, new ForecastScenario(extraAsye!.Value, (int)conversions!.Value, leavingChange!.Value, establishmentChange!.Value, demandChange!.Value));
    }

    /// <summary>The value, its default when empty, or null (with a message) when it is not a number.</summary>
    private static double? Number(string? text, string label, double fallback, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add($"{label} expects a number (e.g. 5 or -2.5), not '{text}'.");
        return null;
    }
}

/// <summary>A valid Plan query: the forecast's E (null: the extract date), H and the scenario.</summary>
public sealed record PlanRequest(DateOnly? AsOf, int Months, ForecastScenario Scenario)
{
    public bool IsScenario => Scenario != ForecastScenario.Baseline;

    /// <summary>The query string that asks for this forecast again (for the downloads beside its charts).</summary>
    public string QueryFor(DateOnly asOf)
    {
        var s = Scenario;
        var query = $"asOf={IsoDate.Of(asOf)}&months={Months}";
        return !IsScenario ? query
            : query + $"&extraAsye={N(s.ExtraAsye)}&conversions={s.Conversions}&leavingChange={N(s.LeavingChange)}&establishmentChange={N(s.EstablishmentChange)}&demandChange={N(s.DemandChange)}";
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>
/// One time-phased goal of the council's plan (settings "Targets:Plan"): a metric the forecast gives, the date to meet
/// it by and the value to meet (e.g. turnover 8% by 30 September 2027).
/// </summary>
public sealed class PlanTarget
{
    /// <summary>The metrics a plan's target may name: those the forecast gives (forecast.md).</summary>
    public static IReadOnlyList<string> ForecastMetrics { get; } =
        [MetricIds.EmployedFte, MetricIds.AgencyFte, MetricIds.TurnoverRate, MetricIds.AgencyRate, MetricIds.VacancyRate, MetricIds.AverageCaseload];

    public string Metric { get; set; } = "";

    /// <summary>yyyy-MM-dd (kept as text so a malformed date is reported with its key, not as a binding failure).</summary>
    public string Date { get; set; } = "";

    public decimal? Value { get; set; }

    public DateOnly Day => IsoDate.Parse(Date);

    /// <summary>Higher is better only for employed FTE; for every other metric the forecast gives, lower is.</summary>
    public bool HigherIsBetter => Metric == MetricIds.EmployedFte;

    /// <summary>What is wrong with this target, each message naming its setting (<paramref name="key"/>, e.g. Targets:Plan:0).</summary>
    public IEnumerable<string> Problems(string key)
    {
        if (!ForecastMetrics.Contains(Metric, StringComparer.Ordinal))
        {
            yield return $"{key}:Metric is '{Metric}': a plan's target names one of {string.Join(", ", ForecastMetrics)}.";
        }

        if (!IsoDate.TryParse(Date, out _))
        {
            yield return $"{key}:Date is '{Date}': give the date as yyyy-MM-dd.";
        }

        if (Value is not { } value)
        {
            yield return $"{key}:Value is missing: give the figure to meet.";
        }
        else if (value < 0)
        {
            yield return $"{key}:Value is {value}: a target is not negative.";
        }
    }
}

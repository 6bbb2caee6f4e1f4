using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-STAB: Stability index.</summary>
public sealed class StabilityIndex : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.StabilityIndex,
        Title: "Stability index",
        Definition: "Percentage of employed social workers in post on D (headcount) who were also in post, in any employed social-worker spell, on D - 12 months.",
        Numerator: "employed social workers in post on D who were employed on D - 12 months",
        Denominator: "employed social workers in post on D",
        Unit: "%",
        Polarity: Polarity.HigherIsBetter,
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "On D and on D - 12 months (calendar months).",
        Dimensions: Breakdowns.Workforce);

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day)
    {
        var employed = day.SocialWorkerSpells.Where(s => s.IsEmployedSocialWorker).GroupBy(s => s.Spell.WorkerId, StringComparer.Ordinal).ToList();
        return MetricResult.Percentage(employed.Count(w => w.First().EmployedYearAgo), employed.Count);
    }
}

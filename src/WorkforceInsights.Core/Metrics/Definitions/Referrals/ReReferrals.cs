using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Referrals;

/// <summary>REF-RE: Re-referrals.</summary>
public sealed class ReReferrals : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.ReReferrals,
        Title: "Re-referrals",
        Definition: "Referrals in the year to D for which the same child has another referral dated on or after referral_date - 12 months and strictly before referral_date (same-day duplicates are not re-referrals of each other).",
        Numerator: "re-referrals",
        Denominator: "",
        Unit: MetricUnit.Referrals,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.ReferralsAndDemand,
        Json: "referrals.reReferrals",
        Chart: PageCharts.Referrals,
        SourceFields: "referrals.csv: child_id, referral_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly) { Needs = HistoryNeed.TwoYearsOfReferrals };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Referrals.Count(r => r.IsReReferral));
}

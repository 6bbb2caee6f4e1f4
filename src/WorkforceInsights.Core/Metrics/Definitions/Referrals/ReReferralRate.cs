using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Referrals;

/// <summary>REF-RATE: Re-referral rate.</summary>
public sealed class ReReferralRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.ReReferralRate,
        Title: "Re-referral rate",
        Definition: "Re-referrals with referral_date in the year to D divided by referrals in the year to D, x 100 (children in need census).",
        Numerator: "re-referrals in the year to D",
        Denominator: "referrals in the year to D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.ReferralsAndDemand,
        Json: "referrals.reReferralRate",
        Chart: PageCharts.ReReferralRate,
        Theme: PackTheme.Referrals,
        SourceFields: "referrals.csv: child_id, referral_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly) { Needs = HistoryNeed.TwoYearsOfReferrals };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.Referrals.Count(r => r.IsReReferral), day.Referrals.Count);
}

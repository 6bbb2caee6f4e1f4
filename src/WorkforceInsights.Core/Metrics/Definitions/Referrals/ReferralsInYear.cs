using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Referrals;

/// <summary>REF-COUNT: Referrals.</summary>
public sealed class ReferralsInYear : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.Referrals,
        Title: "Referrals",
        Definition: "Referrals with referral_date in the year to D.",
        Numerator: "referrals",
        Denominator: "",
        Unit: MetricUnit.Referrals,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.ReferralsAndDemand,
        Json: "referrals.referrals",
        Chart: PageCharts.Referrals,
        Theme: PackTheme.Referrals,
        SourceFields: "referrals.csv: referral_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly) { Needs = HistoryNeed.YearOfReferrals };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Referrals.Count);
}

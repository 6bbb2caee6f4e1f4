namespace WorkforceInsights.Core.Metrics;

/// <summary>The theme of the Ofsted briefing pack whose table of figures a metric is a row of.</summary>
public enum PackTheme
{
    Workforce,
    Caseloads,
    Children,
    Referrals,
}

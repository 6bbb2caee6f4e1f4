namespace WorkforceInsights.Core.Metrics;

/// <summary>The dashboard page that shows a figure in depth (an Overview tile links there).</summary>
public enum DashboardPage
{
    Workforce,
    Caseloads,
    Children,
    Changes,
    ReferralsAndDemand,
    DataStatus,
}

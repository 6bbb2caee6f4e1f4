namespace WorkforceInsights.Web.Configuration;

/// <summary>What the dashboard may show (section "Dashboard").</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>
    /// Show workers' display names (from workers.csv) beside their ids. Off by default: names are
    /// personal data, shown only where the council's information governance allows.
    /// </summary>
    public bool ShowWorkerNames { get; set; }

    /// <summary>
    /// The most case holders the Caseloads chart draws one bar each for; a larger scope (a large council) is charted as
    /// how many case holders are how far over or under their threshold, and its case holders are listed below it.
    /// </summary>
    public int CaseHolderChartLimit { get; set; } = 300;
}

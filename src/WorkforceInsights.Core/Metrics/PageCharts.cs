namespace WorkforceInsights.Core.Metrics;

/// <summary>Every trend chart of the dashboard's pages, in the order each page shows them.</summary>
public static class PageCharts
{
    public static PageChart Turnover { get; } = new("Turnover rate, rolling 12 months", DashboardPage.Workforce);

    public static PageChart StartersAndLeavers { get; } = new("Starters and leavers in the year (FTE)", DashboardPage.Workforce);

    public static PageChart AgencyWorkers { get; } = new("Agency social workers", DashboardPage.Workforce);

    public static PageChart AgencyAndVacancyRates { get; } = new("Agency worker rate and vacancy rate", DashboardPage.Workforce);

    public static PageChart Stability { get; } = new("Stability index", DashboardPage.Workforce);

    public static PageChart ThreePlusWorkers { get; } = new("Children with 3+ social workers in the year", DashboardPage.Children);

    public static PageChart SameWorker { get; } = new("Same social worker for 12 months", DashboardPage.Children);

    public static PageChart WorkersPerChild { get; } = new("Children by social workers in the year", DashboardPage.Children);

    public static PageChart AllChanges { get; } = new("Changes of social worker in the year, and those with a recorded reason", DashboardPage.Changes);

    public static PageChart ChangesMainReasons { get; } = new("Changes in the year: the reasons in the council's gift and not", DashboardPage.Changes);

    public static PageChart ChangesOtherReasons { get; } = new("Changes in the year: the other reasons", DashboardPage.Changes);

    public static PageChart ReReferralRate { get; } = new("Re-referral rate, rolling 12 months", DashboardPage.ReferralsAndDemand);

    public static PageChart Referrals { get; } = new("Referrals in the year: re-referrals, and those that led to no allocation", DashboardPage.ReferralsAndDemand);

    public static PageChart OpenCasesInNeedAndProtection { get; } = new("Open cases: child in need and child protection", DashboardPage.ReferralsAndDemand);

    public static PageChart OpenCasesLookedAfterAndLeavers { get; } = new("Open cases: looked after and care leavers", DashboardPage.ReferralsAndDemand);

    public static IReadOnlyList<PageChart> All { get; } =
    [
        Turnover, StartersAndLeavers, AgencyWorkers, AgencyAndVacancyRates, Stability,
        ThreePlusWorkers, SameWorker, WorkersPerChild,
        AllChanges, ChangesMainReasons, ChangesOtherReasons,
        ReReferralRate, Referrals, OpenCasesInNeedAndProtection, OpenCasesLookedAfterAndLeavers,
    ];

    /// <summary>The title of the chart that draws exactly these metrics; else the metrics' own titles.</summary>
    public static string TitleFor(IReadOnlyList<string> metricIds) =>
        All.Select(c => (c.Title, Ids: MetricIdsOf(c))).FirstOrDefault(c => c.Ids.SequenceEqual(metricIds)).Title
        ?? string.Join(" and ", metricIds.Select(id => MetricCatalog.Get(id).Info.Title));

    /// <summary>A page's charts, each with the ids of the metrics drawn on it.</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> For(DashboardPage page) =>
        [.. All.Where(c => c.Page == page).Select(c => (c.Title, MetricIdsOf(c)))];

    private static string[] MetricIdsOf(PageChart chart) => [.. MetricCatalog.All.Where(m => m.Info.Chart == chart).Select(m => m.Info.Id)];
}

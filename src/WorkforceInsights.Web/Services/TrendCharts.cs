using WorkforceInsights.Core.Metrics;
namespace WorkforceInsights.Web.Services;

/// <summary>The charts of each trend page, each with the metrics it plots (titles come from the metric definitions).</summary>
public static class TrendCharts
{
    public static IReadOnlyList<(string Title, string[] MetricIds)> Workforce { get; } =
    [
        ("Turnover rate, rolling 12 months", [MetricIds.TurnoverRate]),
        ("Starters and leavers in the year (FTE)", [MetricIds.StartersFte, MetricIds.LeaversFte]),
        ("Agency social workers", [MetricIds.AgencyHeadcount, MetricIds.AgencyFte]),
        ("Agency worker rate and vacancy rate", [MetricIds.AgencyRate, MetricIds.VacancyRate]),
        ("Stability index", [MetricIds.StabilityIndex]),
    ];

    public static IReadOnlyList<(string Title, string[] MetricIds)> Children { get; } =
    [
        ("Children with 3+ social workers in the year", [MetricIds.ThreePlusWorkersRate, MetricIds.LookedAfterThreePlusWorkersRate]),
        ("Same social worker for 12 months", [MetricIds.SameWorkerRate]),
        ("Children by social workers in the year", [MetricIds.ChildrenWithOneWorker, MetricIds.ChildrenWithTwoWorkers, MetricIds.ChildrenWithThreePlusWorkers]),
    ];

    /// <summary>Changes of social worker: all and recorded (how complete the recording is), and each reason's trend.</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> Changes { get; } =
    [
        ("Changes of social worker in the year, and those with a recorded reason", [MetricIds.Changes, MetricIds.RecordedChanges]),
        ("Changes in the year: the reasons in the council's gift and not", [MetricIds.ChangesWorkerLeft, MetricIds.ChangesRestructure, MetricIds.ChangesCaseProcess, MetricIds.ChangesManagementDecision]),
        ("Changes in the year: the other reasons", [MetricIds.ChangesFirstContact, MetricIds.ChangesWorkerAbsent, MetricIds.ChangesChildAsked, MetricIds.ChangesParentAsked, MetricIds.ChangesWorkerDied, MetricIds.ChangesOther]),
    ];

    /// <summary>Referrals have no team: the referral charts show the whole council; demand splits by team.</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> ReferralsAndDemand { get; } =
    [
        ("Re-referral rate, rolling 12 months", [MetricIds.ReReferralRate]),
        ("Referrals in the year: re-referrals, and those that led to no allocation", [MetricIds.Referrals, MetricIds.ReReferrals, MetricIds.ReferralsWithNoAllocation]),
        ("Open cases: child in need and child protection", [MetricIds.OpenChildInNeed, MetricIds.OpenChildProtection]),
        ("Open cases: looked after and care leavers", [MetricIds.OpenLookedAfter, MetricIds.OpenCareLeaver]),
    ];

    /// <summary>The title of the chart that plots exactly these metrics; else the metrics' own titles.</summary>
    public static string TitleFor(IReadOnlyList<string> metricIds) =>
        Workforce.Concat(Children).Concat(ReferralsAndDemand).FirstOrDefault(c => c.MetricIds.SequenceEqual(metricIds)).Title
        ?? string.Join(" and ", metricIds.Select(id => Core.Metrics.MetricCatalog.Get(id).Info.Title));
}

using System.Collections.Frozen;
using WorkforceInsights.Core.Metrics.Definitions.Changes;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Definitions.Children;
using WorkforceInsights.Core.Metrics.Definitions.DataQuality;
using WorkforceInsights.Core.Metrics.Definitions.Demand;
using WorkforceInsights.Core.Metrics.Definitions.Referrals;
using WorkforceInsights.Core.Metrics.Definitions.Workforce;

namespace WorkforceInsights.Core.Metrics;

/// <summary>Every metric the product shows, in display order. A test checks that no IMetric is missing.</summary>
public static class MetricCatalog
{
    public static IReadOnlyList<IMetric> All { get; } =
    [
        new EmployedFte(),
        new AgencyFte(),
        new EmployedHeadcount(),
        new AgencyHeadcount(),
        new LeaversFte(),
        new LeaversHeadcount(),
        new StartersFte(),
        new StartersHeadcount(),
        new TurnoverRate(),
        new AgencyRate(),
        new VacancyFte(),
        new VacancyRate(),
        new StabilityIndex(),
        new CasesHeld(),
        new CaseHolderFte(),
        new AverageCaseload(),
        new MedianCaseload(),
        new SpanOfControl(),
        new ChildrenOpen(),
        ChildrenBySocialWorkersInYear.One,
        ChildrenBySocialWorkersInYear.Two,
        ChildrenBySocialWorkersInYear.ThreeOrMore,
        new ThreePlusWorkersRate(),
        new LookedAfterThreePlusWorkersRate(),
        new SameWorkerRate(),
        new ReferralsInYear(),
        new ReReferrals(),
        new ReReferralRate(),
        new ReferralsWithNoAllocation(),
        .. OpenCasesByType.All,
        new SocialWorkerChanges(),
        new RecordedChanges(),
        .. ChangesForReason.All,
        new AllocationsToWorkersNotInPost(),
        new CaseHoldersWithoutQualifiedDate(),
        new OverlappingSpells(),
    ];

    private static readonly FrozenDictionary<string, IMetric> s_byId = All.ToFrozenDictionary(m => m.Info.Id, StringComparer.Ordinal);

    /// <summary>The metric with this id; an unknown id is a programming error.</summary>
    public static IMetric Get(string id) =>
        s_byId.TryGetValue(id, out var metric) ? metric : throw new KeyNotFoundException($"No metric has the id {id}.");
}

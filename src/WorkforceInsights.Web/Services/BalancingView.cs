using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Web.Services;

/// <summary>The Caseloads page's "Rebalance" and "Children about to lose their worker" sections for one team or service area.</summary>
/// <param name="Permitted">The user may see this scope's child-level data (a Leader, or an operations manager within scope).</param>
/// <param name="Plan">The proposed plan; null when not permitted, for the whole council, or with no data.</param>
/// <param name="Handovers">The children about to lose their worker; null as the plan.</param>
public sealed record BalancingView(bool Permitted, BalancePlan? Plan, HandoverReport? Handovers, string RebalanceCsvUrl, string HandoversCsvUrl, string LoadsCsvUrl);

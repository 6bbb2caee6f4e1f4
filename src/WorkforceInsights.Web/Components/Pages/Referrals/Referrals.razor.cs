using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Referrals;

public partial class Referrals
{
    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => PageCharts.For(DashboardPage.ReferralsAndDemand);
}

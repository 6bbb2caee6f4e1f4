using WorkforceInsights.Core.Metrics;
using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Children;

public partial class Children
{
    private BreakdownView? _byCaseType;

    [Inject]
    public required ChildrenByCaseTypeBuilder ByCaseType { get; init; }

    [SupplyParameterFromQuery(Name = "caseType")]
    public string? CaseType { get; set; }

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => PageCharts.For(DashboardPage.Children);

    protected override string? CaseTypeFilter => CaseType;

    protected override async Task OnModelBuiltAsync(TrendPageViewModel model) =>
        _byCaseType = model.AsOf is { } asOf
            ? await ByCaseType.BuildAsync(asOf, suppress: Core.Disclosure.SmallNumbers.Applies(leavesCouncil: false, (await AccessAsync()).MaySeeWorkers(null, null, model.Teams)))
            : null;
}

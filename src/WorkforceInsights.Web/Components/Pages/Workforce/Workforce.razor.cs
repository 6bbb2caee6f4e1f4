using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Workforce;

public partial class Workforce
{
    private BreakdownView? _reasons;

    [Inject]
    public required LeaversByReasonBuilder Reasons { get; init; }

    protected override IReadOnlyList<(string Title, string[] MetricIds)> Charts => TrendCharts.Workforce;

    protected override async Task OnModelBuiltAsync(TrendPageViewModel model) =>
        _reasons = model.AsOf is { } asOf ? LeaversByReasonBuilder.View(asOf, Filters, await Reasons.BuildAsync(asOf, model.Scope)) : null;
}

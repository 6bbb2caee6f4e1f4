using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages;

/// <summary>What every trend page shares: the builder, the reporting date, area and team filters from the URL, and the model.</summary>
public abstract class TrendPageBase : ComponentBase
{
    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    [SupplyParameterFromQuery(Name = ReportingDate.QueryName)]
    public string? AsOf { get; set; }

    [SupplyParameterFromQuery(Name = "area")]
    public string? Area { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? Team { get; set; }

    protected TrendPageViewModel? Model { get; private set; }

    /// <summary>The page's charts (see <see cref="TrendCharts"/>).</summary>
    protected abstract IReadOnlyList<(string Title, string[] MetricIds)> Charts { get; }

    /// <summary>The case-type filter, on pages that offer one.</summary>
    protected virtual string? CaseTypeFilter => null;

    protected PageFilters Filters => new(ReportingDate.Parse(AsOf), Area, Team, CaseTypeFilter);

    protected override async Task OnParametersSetAsync()
    {
        Model = await Builder.BuildAsync(Charts, Filters);
        await OnModelBuiltAsync(Model);
    }

    /// <summary>Anything a page adds to the shared model (e.g. Workforce's leavers by reason).</summary>
    protected virtual Task OnModelBuiltAsync(TrendPageViewModel model) => Task.CompletedTask;
}

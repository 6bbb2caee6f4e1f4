using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages;

/// <summary>What every trend page shares: the builder, the URL's filters, and the model.</summary>
public abstract class TrendPageBase : FilteredPageBase
{
    [Inject]
    public required TrendPageBuilder Builder { get; init; }

    protected TrendPageViewModel? Model { get; private set; }

    /// <summary>The page's charts (see <see cref="Core.Metrics.PageCharts"/>).</summary>
    protected abstract IReadOnlyList<(string Title, string[] MetricIds)> Charts { get; }

    protected override async Task OnParametersSetAsync()
    {
        Model = await Builder.BuildAsync(Charts, Filters, await AccessAsync());
        await OnModelBuiltAsync(Model);
    }

    /// <summary>Anything a page adds to the shared model (e.g. Workforce's leavers by reason).</summary>
    protected virtual Task OnModelBuiltAsync(TrendPageViewModel model) => Task.CompletedTask;
}

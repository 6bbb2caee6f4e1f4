using System.Globalization;
using Microsoft.AspNetCore.Components;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Overview;

public partial class Overview
{
    private OverviewViewModel? _model;

    [Inject]
    public required OverviewViewModelBuilder Builder { get; init; }

    /// <summary>The reporting date, yyyy-MM-dd, kept in the URL so a link reproduces the view.</summary>
    [SupplyParameterFromQuery(Name = "asOf")]
    public string? AsOf { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        DateOnly? requested = DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        _model = await Builder.BuildAsync(requested);
    }
}

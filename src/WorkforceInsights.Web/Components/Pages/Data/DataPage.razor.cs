using Microsoft.AspNetCore.Components;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Data;

public partial class DataPage
{
    private const int FindingsShown = 500;
    private DataPageViewModel? _model;
    private IReadOnlyList<DataQualityFinding>? _findings;
    private bool _listing;

    [Inject]
    public required DataPageViewModelBuilder Builder { get; init; }

    /// <summary>The date of the data-quality findings, kept in the URL.</summary>
    [SupplyParameterFromQuery(Name = ReportingDate.QueryName)]
    public string? AsOf { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(ReportingDate.Parse(AsOf));
        _findings = null; // listed again on request for the new date
    }

    private async Task ListFindingsAsync()
    {
        _listing = true;
        _findings = await Builder.FindingsAsync(_model!.AsOf!.Value);
        _listing = false;
    }
}

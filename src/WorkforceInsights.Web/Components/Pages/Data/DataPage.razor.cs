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

    protected override async Task OnInitializedAsync() => _model = await Builder.BuildAsync();

    private async Task ListFindingsAsync()
    {
        _listing = true;
        _findings = await Builder.FindingsAsync(_model!.AsOf!.Value);
        _listing = false;
    }
}

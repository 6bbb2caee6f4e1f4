using Microsoft.AspNetCore.Components;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Data;

/// <summary>Import errors with row values and data-quality findings with ids: data officers only, and every view is logged (access.md).</summary>
public partial class DataPage
{
    private const int FindingsShown = 500;
    private DataPageViewModel? _model;
    private IReadOnlyList<DataQualityFinding>? _findings;
    private bool _listing;

    [Inject]
    public required DataPageViewModelBuilder Builder { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(ReportingDate.Parse(AsOf));
        _findings = null; // listed again on request for the new date
        await LogViewAsync("/data (import errors)", _model.Runs.Sum(r => r.Files.Sum(f => f.Issues.Count)));
    }

    private async Task ListFindingsAsync()
    {
        _listing = true;
        _findings = await Builder.FindingsAsync(_model!.AsOf!.Value);
        _listing = false;
        await AccessLog.RecordAsync((await AccessAsync()).User, "/data (data-quality findings)", $"asOf={ReportingDate.Key(_model.AsOf.Value)}", _findings.Count);
    }
}

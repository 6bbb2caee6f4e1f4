using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Caseloads;

public partial class Caseloads
{
    private CaseloadsViewModel? _model;

    [Inject]
    public required CaseloadsViewModelBuilder Builder { get; init; }

    [Inject]
    public required IOptions<MetricTargets> Targets { get; init; }

    private decimal Tolerance => Targets.Value.Tolerance;

    private IReadOnlyList<CaseloadsViewModel.Worker> Above => [.. _model!.Workers.Where(w => w.AboveThreshold)];

    protected override async Task OnParametersSetAsync() => _model = await Builder.BuildAsync(Filters);
}

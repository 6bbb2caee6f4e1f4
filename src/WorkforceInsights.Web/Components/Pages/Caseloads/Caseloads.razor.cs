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

    [Inject]
    public required IOptions<Configuration.DashboardOptions> Dashboard { get; init; }

    private decimal Tolerance => Targets.Value.Tolerance;

    /// <summary>The most case holders charted one bar each (Dashboard:CaseHolderChartLimit).</summary>
    private int ChartLimit => Dashboard.Value.CaseHolderChartLimit;

    /// <summary>An operations manager sees workers team by team (or area) within scope, never the whole council.</summary>
    private string? WorkerHint => _model!.Teams.Count > 0 && _model.Scope.Dimension == Core.Metrics.Dimension.Council
        ? "Choose one of your teams or service areas in the filters to see its case holders." : null;

    private decimal Margin => Targets.Value.OverThresholdMargin;

    /// <summary>The case holders well over their threshold (by more than the margin), furthest over first: the headline list.</summary>
    private IReadOnlyList<CaseloadsViewModel.Worker> Above =>
        [.. _model!.Workers.Where(w => CaseloadsViewModel.BandOf(w, Margin) == ThresholdBand.WellOver).OrderByDescending(w => w.Excess).ThenBy(w => w.WorkerId, StringComparer.Ordinal)];

    private int ALittleOver => _model!.Workers.Count(w => CaseloadsViewModel.BandOf(w, Margin) == ThresholdBand.ALittleOver);

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(Filters, await AccessAsync());
        if (_model.WorkersPermitted && _model.Workers.Count > 0)
        {
            await LogViewAsync("/caseloads", _model.Workers.Count);
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Components.Pages.Plan;

/// <summary>
/// The Plan page (Leader, HR): the workforce forecast with the plan's targets, a scenario whose values live in the
/// URL, last year's forecast against what happened, and the early-career cohorts. Aggregate only.
/// </summary>
public partial class Plan
{
    private PlanView? _view;
    private string? _lastImport;
    private decimal _asyeTarget;

    [Inject]
    public required PlanViewBuilder Builder { get; init; }

    [Inject]
    public required WorkforceInsights.Data.Audit.ImportAuditStore Audit { get; init; }

    [Inject]
    public required IOptions<MetricTargets> Targets { get; init; }

    [SupplyParameterFromQuery(Name = "months")]
    public string? Months { get; set; }

    [SupplyParameterFromQuery(Name = "extraAsye")]
    public string? ExtraAsye { get; set; }

    [SupplyParameterFromQuery(Name = "conversions")]
    public string? Conversions { get; set; }

    [SupplyParameterFromQuery(Name = "leavingChange")]
    public string? LeavingChange { get; set; }

    [SupplyParameterFromQuery(Name = "establishmentChange")]
    public string? EstablishmentChange { get; set; }

    [SupplyParameterFromQuery(Name = "demandChange")]
    public string? DemandChange { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // A cohort is a group of people: its small numbers are withheld from a user without worker-level rights (HR).
        var access = await AccessAsync();
        var withhold = SmallNumbers.Applies(leavesCouncil: false, access.MaySeeWorkers(null, null, []));
        _view = await Builder.BuildAsync(new PlanQuery(AsOf, Months, ExtraAsye, Conversions, LeavingChange, EstablishmentChange, DemandChange), withhold);
        _lastImport = await Audit.LastRunFinishedAtAsync();
        _asyeTarget = Targets.Value.AsyeAverageCaseload;
    }
}

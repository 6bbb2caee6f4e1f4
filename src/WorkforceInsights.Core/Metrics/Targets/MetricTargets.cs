namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>
/// The council's targets (configuration section "Targets"). Defaults follow what councils that
/// turned their workforce round aimed for; each council sets its own.
/// </summary>
public sealed class MetricTargets
{
    public const string SectionName = "Targets";

    /// <summary>Turnover rate, % (WF-TURN).</summary>
    public decimal TurnoverRate { get; set; } = 12;

    /// <summary>Average caseload, cases per FTE (CASE-AVG).</summary>
    public decimal AverageCaseload { get; set; } = 14;

    /// <summary>Average caseload of ASYE (newly qualified) workers, who carry fewer cases.</summary>
    public decimal AsyeAverageCaseload { get; set; } = 10;

    /// <summary>Agency worker rate, % (WF-AGY-RATE).</summary>
    public decimal AgencyRate { get; set; } = 10;

    /// <summary>Direct reports per manager (WF-SPAN).</summary>
    public decimal SpanOfControl { get; set; } = 6;

    /// <summary>Re-referral rate, % (REF-RATE).</summary>
    public decimal ReReferralRate { get; set; } = 20;

    /// <summary>How close to the target counts as on target, as a fraction of the target (0.05 = within 5%).</summary>
    public decimal Tolerance { get; set; } = 0.05m;

    /// <summary>
    /// A case holder over their threshold by up to this many cases is "a little over"; beyond it, "well over": the few an
    /// operations manager needs to act on first (an average of 14.4 against 14 puts half of everyone a little over).
    /// </summary>
    public decimal OverThresholdMargin { get; set; } = 2;

    /// <summary>
    /// A case holder's caseload threshold: their FTE × their experience band's average-caseload target (the ASYE one for
    /// an ASYE). The Caseloads page flags case holders above it and caseload balancing brings them back within it.
    /// </summary>
    public decimal CaseloadThreshold(string experienceBand, decimal fte) => (For(MetricIds.AverageCaseload, experienceBand) ?? 0) * fte;
    /// <summary>The plan's time-phased targets ("Targets:Plan"), shown against the forecast; none by default.</summary>
    public List<PlanTarget> Plan { get; set; } = [];

    /// <summary>Every problem with the settings, each naming its key; empty when they are sound.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. Plan.SelectMany((target, i) => target.Problems($"{SectionName}:{nameof(Plan)}:{i}"))];

    /// <summary>The target for a metric (and, for caseloads, an experience band), or null where none is set.</summary>
    public decimal? For(string metricId, string? experienceBand = null) => metricId switch
    {
        MetricIds.TurnoverRate => TurnoverRate,
        MetricIds.AverageCaseload when experienceBand == Staff.ExperienceBand.Asye => AsyeAverageCaseload,
        MetricIds.AverageCaseload => AverageCaseload,
        MetricIds.AgencyRate => AgencyRate,
        // No target for WF-SPAN, the average: the rule is that no manager has more than SpanOfControl direct reports,
        // so the Caseloads page headlines the managers above it; an average of 7.0 "on target" against 6 misleads.
        MetricIds.ReReferralRate => ReReferralRate,
        _ => null,
    };
}

namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>How far a case holder's cases are over their threshold, against <see cref="MetricTargets.OverThresholdMargin"/>.</summary>
public enum ThresholdBand
{
    /// <summary>At or under the threshold.</summary>
    Within,

    /// <summary>Over by more than 0 and up to the margin.</summary>
    ALittleOver,

    /// <summary>Over by more than the margin: the few an operations manager acts on first.</summary>
    WellOver,
}

namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>How a figure compares with its target, or with the same date a year before. Always shown as words, never colour alone.</summary>
public enum Status
{
    NoData,
    Better,
    OnTarget,
    Worse,
}

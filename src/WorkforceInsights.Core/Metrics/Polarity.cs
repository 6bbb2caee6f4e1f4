namespace WorkforceInsights.Core.Metrics;

/// <summary>Which direction is an improvement.</summary>
public enum Polarity
{
    LowerIsBetter,
    HigherIsBetter,
    Neutral,
}

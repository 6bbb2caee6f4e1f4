namespace WorkforceInsights.Core.Disclosure;

/// <summary>One stored figure of a metric on one date, as the disclosure rule judges it.</summary>
/// <param name="Numerator">What was counted on top (for a count, the count itself).</param>
/// <param name="Denominator">What it was divided by; null for a count.</param>
public sealed record Figure(string MetricId, double? Value, double? Numerator, double? Denominator);

namespace WorkforceInsights.Core.Agency;

/// <summary>A rate above the price cap, as the return's summary lists it.</summary>
public sealed record CapBreach(string WorkerId, decimal HourlyRate, decimal Cap, DateOnly? SignedOff);

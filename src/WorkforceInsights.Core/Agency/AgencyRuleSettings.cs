namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The council's settings for the agency rules: the regional price caps (none by default, since each region agrees
/// its own), and the dates the rules apply from.
/// </summary>
/// <param name="RulesFrom">Assignments starting on or after this day are subject to the rules (31 October 2024).</param>
/// <param name="AllFrom">From this day every assignment in post is subject to them (1 October 2025).</param>
public sealed record AgencyRuleSettings(IReadOnlyDictionary<AgencyJobType, decimal> Caps, DateOnly RulesFrom, DateOnly AllFrom)
{
    public static DateOnly GuidanceRulesFrom { get; } = new(2024, 10, 31);

    public static DateOnly GuidanceAllFrom { get; } = new(2025, 10, 1);

    public decimal? CapFor(AgencyJobType? jobType) => jobType is { } j && Caps.TryGetValue(j, out var cap) ? cap : null;
}

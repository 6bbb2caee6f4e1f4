using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>Spells for the agency rules' worked examples: a case holder unless told otherwise.</summary>
internal static class AgencySpells
{
    public static readonly AgencyRuleSettings Settings = new(
        new Dictionary<AgencyJobType, decimal> { [AgencyJobType.SocialWorker] = 45.00m }, new DateOnly(2024, 10, 31), new DateOnly(2025, 10, 1));

    public static TermedSpell Placement(string workerId, string start, string? end = null, string? qualified = "2015-01-01", AgencyTerms? terms = null, Role role = Role.CaseHolder) =>
        new(Spell(workerId, EmploymentType.Agency, start, end, qualified, role), terms ?? Recorded);

    public static TermedSpell Employed(string workerId, string start, string? end, string? swe = null) =>
        new(Spell(workerId, EmploymentType.Permanent, start, end, "2015-01-01", Role.CaseHolder), AgencyTerms.None with { SweNumber = swe });

    /// <summary>Terms that meet every rule: £40 an hour, 4 weeks' notice, 2 references.</summary>
    public static AgencyTerms Recorded { get; } = new("SW100001", "Castle Locums", null, 40.00m, false, 4, 2, null);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static WorkerSpell Spell(string workerId, EmploymentType type, string start, string? end, string? qualified, Role role) =>
        new(workerId, null, "T1", role, type, 1.0m, Day(start), end is null ? null : Day(end), null, qualified is null ? null : Day(qualified), null);
}

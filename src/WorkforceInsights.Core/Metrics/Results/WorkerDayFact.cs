using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Results;

/// <summary>
/// One spell in post on a series date as the refresh stores it: what the Caseloads page and its download show per
/// worker (team, band, FTE, cases, threshold comes from the band) and what span of control counts (line manager).
/// No name: pages that may show names read them from the workers' spells.
/// </summary>
public sealed record WorkerDayFact(
    DateOnly AsOf,
    string WorkerId,
    string TeamCode,
    Role Role,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    decimal Fte,
    string Band,
    int Cases,
    bool HoldsCases,
    bool EmployedYearAgo,
    string? LineManagerId)
{
    public static WorkerDayFact From(DateOnly asOf, SpellOnDay spell) => new(
        asOf, spell.Spell.WorkerId, spell.Spell.TeamCode, spell.Spell.Role, spell.Spell.EmploymentType, spell.Spell.StartDate,
        spell.Spell.Fte, spell.Band, spell.Cases, spell.WorkerHoldsCases, spell.EmployedYearAgo, spell.Spell.LineManagerId);

    /// <summary>The fact as the metric definitions read it, so stored facts are measured exactly as the series was.</summary>
    public SpellOnDay ToSpellOnDay(Team? team) => new(
        new WorkerSpell(WorkerId, null, TeamCode, Role, EmploymentType, Fte, StartDate, null, null, null, LineManagerId),
        team, Band, Cases, HoldsCases, EmployedYearAgo);
}

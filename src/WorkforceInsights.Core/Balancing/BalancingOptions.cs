using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// How caseload balancing weighs children and protects their continuity (configuration section "Balancing",
/// balancing.md). Used alike by `wi balance`, `wi handovers` and the Caseloads page.
/// </summary>
public sealed class BalancingOptions
{
    public const string SectionName = "Balancing";

    /// <summary>
    /// The weight of a child by the case type of their open allocation (Balancing:Weights:CP = 1.5, ...): a case that
    /// takes more of a worker's time can count for more. Every case type weighs 1 by default, so load = cases.
    /// </summary>
    public Dictionary<string, decimal> Weights { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CIN"] = 1, ["CP"] = 1, ["CLA"] = 1, ["CL"] = 1,
    };

    /// <summary>A child with the current worker for fewer days than this is settling in and is never moved.</summary>
    public int SettleDays { get; set; } = 90;

    /// <summary>A case holder whose social-worker spells all end within this many days after D is leaving.</summary>
    public int LeavingWithinDays { get; set; } = 56;

    /// <summary>Whether a unit may go to another team of the scope when its own team has no room; null: yes for a service area, no for a team.</summary>
    public bool? CrossTeam { get; set; }

    /// <summary>The weight of a child whose open allocation is of this case type.</summary>
    public decimal WeightOf(CaseType caseType) =>
        Weights.TryGetValue(Codes.Codes.CaseTypes.Word(caseType), out var weight) ? weight : 1;

    /// <summary>Whether the plan may move a unit to another team of the scope (balancing.md, "Who may receive").</summary>
    public bool AllowsCrossTeam(bool areaScope) => CrossTeam ?? areaScope;

    /// <summary>Every problem with the settings, each naming its configuration key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (caseType, weight) in Weights)
        {
            if (!Codes.Codes.CaseTypes.TryParse(caseType, out _))
            {
                yield return $"Balancing:Weights:{caseType} names no case type: use CIN, CP, CLA or CL.";
            }
            else if (weight is <= 0 or > 100)
            {
                yield return $"Balancing:Weights:{caseType} must be more than 0 and at most 100, not {weight}.";
            }
        }

        if (SettleDays is < 0 or > 3650)
        {
            yield return $"Balancing:SettleDays must be from 0 to 3650 days, not {SettleDays}.";
        }

        if (LeavingWithinDays is < 0 or > 3650)
        {
            yield return $"Balancing:LeavingWithinDays must be from 0 to 3650 days, not {LeavingWithinDays}.";
        }
    }
}

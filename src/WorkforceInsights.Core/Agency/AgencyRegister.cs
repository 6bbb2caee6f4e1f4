namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The register on a day D: every assignment in post on D, checked against the rules. The rules apply to an
/// assignment that started on or after RulesFrom, and to every assignment once D is on or after AllFrom.
/// </summary>
public static class AgencyRegister
{
    public static IReadOnlyList<AssignmentCheck> On(DateOnly day, IReadOnlyList<TermedSpell> spells, AgencyRuleSettings settings, DateOnly extractDate)
    {
        var checker = new AgencyRuleChecker(settings, spells);
        return AgencyAssignment.From(spells, extractDate)
            .Where(a => a.IsInPostOn(day))
            .Select(a => checker.Check(a, day, a.Start >= settings.RulesFrom || day >= settings.AllFrom))
            .OrderBy(c => c.Assignment.Start).ThenBy(c => c.WorkerId, StringComparer.Ordinal)
            .ToList();
    }
}

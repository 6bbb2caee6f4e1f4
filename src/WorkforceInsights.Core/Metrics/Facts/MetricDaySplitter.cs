using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// Splits a day's facts into the groups of one breakdown, so each metric is computed on each
/// group with exactly the same definition. A fact with no value for the dimension (a referral has
/// no team; a child has no role) belongs to no group of it.
/// </summary>
public static class MetricDaySplitter
{
    public const string CouncilKey = "Council";
    public const string NoLocality = "(no locality)";
    public const string UnknownTeam = "(unknown team)";

    public static IReadOnlyDictionary<string, MetricDay> Split(MetricDay day, Dimension dimension)
    {
        if (dimension == Dimension.Council)
        {
            return new Dictionary<string, MetricDay> { [CouncilKey] = day };
        }

        var spells = Group(day.Spells, s => SpellKey(dimension, s.Spell.TeamCode, s.Team, s.Spell.Role, s.Spell.EmploymentType, s.Band));
        var leavings = Group(day.Leavings, s => SpellKey(dimension, s.Spell.TeamCode, s.Team, s.Spell.Role, s.Spell.EmploymentType, null));
        var starters = Group(day.Starters, s => SpellKey(dimension, s.Spell.TeamCode, s.Team, s.Spell.Role, s.Spell.EmploymentType, null));
        var vacancies = Group(day.Vacancies, v => dimension == Dimension.EmploymentType ? null : SpellKey(dimension, v.Post.TeamCode, v.Team, v.Post.Role, null, null));
        var children = Group(day.Children, c => ChildKey(dimension, c));
        var changes = Group(day.Changes, c => ChangeKey(dimension, c));
        var keys = spells.Keys.Concat(leavings.Keys).Concat(starters.Keys).Concat(vacancies.Keys).Concat(children.Keys).Concat(changes.Keys).Distinct().Order(StringComparer.Ordinal);
        return keys.ToDictionary(k => k, k => new MetricDay(
            day.Period,
            spells.GetValueOrDefault(k) ?? [],
            leavings.GetValueOrDefault(k) ?? [],
            starters.GetValueOrDefault(k) ?? [],
            vacancies.GetValueOrDefault(k) ?? [],
            children.GetValueOrDefault(k) ?? [],
            [],
            [],
            CouncilCounts.None)
        {
            Changes = changes.GetValueOrDefault(k) ?? [],
        });
    }

    /// <summary>A change counts in the previous worker's team (and its area) on the day before, and in the new allocation's case type.</summary>
    public static string? ChangeKey(Dimension dimension, Team? previousTeam, CaseType caseType) => CaseOrTeamKey(dimension, previousTeam, caseType);

    private static string? ChangeKey(Dimension dimension, ChangeOfWorker change) => ChangeKey(dimension, change.PreviousTeam, change.CaseType);

    /// <summary>The children's breakdowns: by the team (or its area or locality) a fact counts in, or by case type.</summary>
    private static string? CaseOrTeamKey(Dimension dimension, Team? team, CaseType caseType) => dimension switch
    {
        Dimension.ServiceArea => team?.ServiceArea ?? UnknownTeam,
        Dimension.Team => team?.TeamCode ?? UnknownTeam,
        Dimension.Locality => team is null ? UnknownTeam : team.Locality ?? NoLocality,
        Dimension.CaseType => Codes.Codes.CaseTypes.Word(caseType),
        _ => null,
    };

    private static string? SpellKey(Dimension dimension, string teamCode, Team? team, Role role, EmploymentType? type, string? band) => dimension switch
    {
        Dimension.ServiceArea => team?.ServiceArea ?? UnknownTeam,
        Dimension.Team => teamCode,
        Dimension.Locality => team is null ? UnknownTeam : team.Locality ?? NoLocality,
        Dimension.Role => Codes.Codes.Roles.Word(role),
        Dimension.EmploymentType => type is { } t ? Codes.Codes.EmploymentTypes.Word(t) : null,
        Dimension.ExperienceBand => band,
        _ => null,
    };

    private static string? ChildKey(Dimension dimension, ChildOnDay child) => CaseOrTeamKey(dimension, child.Team, child.CaseType);

    private static Dictionary<string, List<T>> Group<T>(IEnumerable<T> facts, Func<T, string?> key)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (key(fact) is { } k)
            {
                if (!groups.TryGetValue(k, out var list))
                {
                    groups[k] = list = [];
                }

                list.Add(fact);
            }
        }

        return groups;
    }
}

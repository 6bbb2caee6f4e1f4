using System.Buffers;
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
        // Children and changes, a day's largest lists, have no role, contract or experience band: those breakdowns
        // skip them instead of walking tens of thousands of facts to a null key, on every date of a refresh.
        var childSide = CaseOrTeamKey(dimension, null, default) is not null; // the one rule of which breakdowns key them
        var children = childSide ? Group(day.Children, c => ChildKey(dimension, c)) : [];
        var changes = childSide ? Group(day.Changes, c => ChangeKey(dimension, c)) : [];
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

    /// <summary>
    /// The facts of each key, in their order. Two passes (each fact's group, then arrays of the exact size): growing a
    /// list per group left as much garbage as the day's largest lists, four breakdowns a date, on every date.
    /// </summary>
    private static Dictionary<string, T[]> Group<T>(IReadOnlyList<T> facts, Func<T, string?> key)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var groupOf = ArrayPool<int>.Shared.Rent(facts.Count);
        try
        {
            for (var i = 0; i < facts.Count; i++)
            {
                var group = -1;
                if (key(facts[i]) is { } k && !numbers.TryGetValue(k, out group))
                {
                    numbers[k] = group = counts.Count;
                    counts.Add(0);
                }

                groupOf[i] = group;
                if (group >= 0)
                {
                    counts[group]++;
                }
            }

            var arrays = counts.Select(c => new T[c]).ToArray();
            var filled = new int[arrays.Length];
            for (var i = 0; i < facts.Count; i++)
            {
                if (groupOf[i] is var group and >= 0)
                {
                    arrays[group][filled[group]++] = facts[i];
                }
            }

            return numbers.ToDictionary(n => n.Key, n => arrays[n.Value], StringComparer.Ordinal);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(groupOf);
        }
    }
}

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>Builds the council-level facts of one reporting date from the indexed inputs.</summary>
public static class MetricDayBuilder
{
    public static MetricDay Build(MetricInputs inputs, DateOnly asOf)
    {
        var period = new ReportingPeriod(asOf);
        var history = inputs.History;
        var inPost = history.Spells.Where(s => s.IsInPostOn(asOf)).ToList();
        var mainSpells = MainSocialWorkSpells(inPost);
        var inPostWorkers = inPost.Select(s => s.WorkerId).ToHashSet(StringComparer.Ordinal);

        var casesByWorker = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var openByChild = new Dictionary<string, List<Allocation>>(StringComparer.Ordinal);
        var notInPost = new List<Allocation>();
        foreach (var allocation in inputs.AllocationsOpenOn(asOf))
        {
            Add(openByChild, allocation.ChildId, allocation);
            if (mainSpells.ContainsKey(allocation.WorkerId))
            {
                Add(casesByWorker, allocation.WorkerId, allocation.ChildId);
            }
            else if (!inPostWorkers.Contains(allocation.WorkerId))
            {
                notInPost.Add(allocation);
            }
        }

        var spells = inPost.Select(s => new SpellOnDay(
            s,
            inputs.TeamOf(s.TeamCode),
            ExperienceBand.On(QualifiedDate(inputs, s), asOf),
            s.IsSocialWorker && mainSpells.GetValueOrDefault(s.WorkerId) == s ? casesByWorker.GetValueOrDefault(s.WorkerId)?.Count ?? 0 : 0,
            s.IsSocialWorker && casesByWorker.ContainsKey(s.WorkerId),
            history.IsEmployedSocialWorkerOn(s.WorkerId, period.YearAgo))).ToList();

        var changes = new List<ChangeOfWorker>();
        foreach (var change in inputs.Changes)
        {
            if (period.InYear(change.Date))
            {
                changes.Add(change);
            }
        }

        return new MetricDay(
            period,
            spells,
            [.. history.Leavings.Where(s => period.InYear(s.EndDate!.Value)).Select(s => new SpellInYear(s, inputs.TeamOf(s.TeamCode)))],
            [.. history.Starters.Where(s => period.InYear(s.StartDate)).Select(s => new SpellInYear(s, inputs.TeamOf(s.TeamCode)))],
            Vacancies(inputs, spells),
            [.. openByChild.Select(c => ChildFacts.On(inputs, c.Key, c.Value, period, mainSpells))],
            ReferralsInYear(inputs, period),
            notInPost,
            new DataQualityCounts(inputs.OverlappingSpellPairs, DataQualityRules.ReferralsNeverAllocated(inputs, period)))
        {
            Changes = changes,
        };
    }

    /// <summary>Each in-post social worker's main spell (largest FTE, then earliest start), which carries their cases.</summary>
    internal static Dictionary<string, WorkerSpell> MainSocialWorkSpells(IEnumerable<WorkerSpell> inPost) =>
        inPost.Where(s => s.IsSocialWorker)
            .GroupBy(s => s.WorkerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Fte).ThenBy(s => s.StartDate).ThenBy(s => s.TeamCode, StringComparer.Ordinal).First(), StringComparer.Ordinal);

    /// <summary>A qualification date belongs to the person: use the spell's, else the latest on any of their spells.</summary>
    private static DateOnly? QualifiedDate(MetricInputs inputs, WorkerSpell spell) =>
        spell.QualifiedDate ?? inputs.SpellsByWorker[spell.WorkerId].Select(s => s.QualifiedDate).Max();

    private static List<VacancyOnDay> Vacancies(MetricInputs inputs, List<SpellOnDay> spells)
    {
        var employedFte = spells.Where(s => s.IsEmployedSocialWorker)
            .GroupBy(s => (s.Spell.TeamCode, s.Spell.Role))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Spell.Fte));
        return [.. inputs.Establishment.Where(p => p.Role.IsSocialWorker())
            .Select(p => new VacancyOnDay(p, inputs.TeamOf(p.TeamCode), employedFte.GetValueOrDefault((p.TeamCode, p.Role))))];
    }

    private static List<ReferralInYear> ReferralsInYear(MetricInputs inputs, ReportingPeriod period)
    {
        var result = new List<ReferralInYear>();
        for (var i = FirstOnOrAfter(inputs.Referrals, period.YearAgo.AddDays(1)); i < inputs.Referrals.Count && inputs.Referrals[i].ReferralDate <= period.AsOf; i++)
        {
            result.Add(new ReferralInYear(inputs.Referrals[i], inputs.ReReferrals[i]));
        }

        return result;
    }

    private static int FirstOnOrAfter(IReadOnlyList<Referral> referrals, DateOnly date)
    {
        int low = 0, high = referrals.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (referrals[middle].ReferralDate < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }

    private static void Add(Dictionary<string, HashSet<string>> sets, string key, string item)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(item);
    }
}

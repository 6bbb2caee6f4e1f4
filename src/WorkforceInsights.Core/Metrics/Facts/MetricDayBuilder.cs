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
        var workers = inputs.Workers;
        var inPost = new List<(WorkerSpell Spell, int Worker)>();
        var inPostWorker = new bool[workers.Count];
        var mainSpells = new WorkerSpell?[workers.Count];
        for (var i = 0; i < history.Spells.Count; i++)
        {
            var spell = history.Spells[i];
            if (!spell.IsInPostOn(asOf))
            {
                continue;
            }

            var worker = workers.SpellWorker[i];
            inPost.Add((spell, worker));
            inPostWorker[worker] = true;
            if (spell.IsSocialWorker && (mainSpells[worker] is not { } current || WorkerIndex.IsMain(spell, current)))
            {
                mainSpells[worker] = spell;
            }
        }

        var childFacts = new ChildFacts(inputs, period, mainSpells, inPostWorker);
        var children = new List<ChildOnDay>();
        for (var c = 0; c < inputs.Children.Count; c++)
        {
            // Most children's cases are closed on most dates of a long history: skip those without reading their allocations.
            var candidate = inputs.Children[c];
            if (candidate.First <= asOf && candidate.Last >= asOf && childFacts.On(c, candidate) is { } child)
            {
                children.Add(child);
            }
        }

        var spells = inPost.Select(s => new SpellOnDay(
            s.Spell,
            inputs.TeamOf(s.Spell.TeamCode),
            ExperienceBand.On(s.Spell.QualifiedDate ?? workers.LatestQualifiedDate[s.Worker], asOf),
            mainSpells[s.Worker] == s.Spell ? childFacts.CasesByWorker[s.Worker] : 0,
            s.Spell.IsSocialWorker && childFacts.CasesByWorker[s.Worker] > 0,
            history.IsEmployedSocialWorkerOn(s.Spell.WorkerId, period.YearAgo))).ToList();

        return new MetricDay(
            period,
            spells,
            [.. history.Leavings.Where(s => period.InYear(s.EndDate!.Value)).Select(s => new SpellInYear(s, inputs.TeamOf(s.TeamCode)))],
            [.. history.Starters.Where(s => period.InYear(s.StartDate)).Select(s => new SpellInYear(s, inputs.TeamOf(s.TeamCode)))],
            Vacancies(inputs, spells),
            children,
            DateSorted.InYear(inputs.ReferralsWithFlags, period, r => r.Referral.ReferralDate),
            childFacts.NotInPost,
            new CouncilCounts(inputs.OverlappingSpells.Count, DataQualityRules.ReferralsWithNoAllocation(inputs, period)))
        {
            Changes = DateSorted.InYear(inputs.ChangesInOrder, period, c => c.Date),
        };
    }

    private static List<VacancyOnDay> Vacancies(MetricInputs inputs, List<SpellOnDay> spells)
    {
        var employedFte = spells.Where(s => s.IsEmployedSocialWorker)
            .GroupBy(s => (s.Spell.TeamCode, s.Spell.Role))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Spell.Fte));
        return [.. inputs.Establishment.Where(p => p.Role.IsSocialWorker())
            .Select(p => new VacancyOnDay(p, inputs.TeamOf(p.TeamCode), employedFte.GetValueOrDefault((p.TeamCode, p.Role))))];
    }
}

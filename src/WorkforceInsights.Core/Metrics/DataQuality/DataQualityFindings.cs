using System.Globalization;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics.DataQuality;

/// <summary>Lists each finding the DQ-* metrics count on a date, so none is silently dropped.</summary>
public static class DataQualityFindings
{
    public static IReadOnlyList<DataQualityFinding> On(MetricInputs inputs, DateOnly asOf)
    {
        var day = MetricDayBuilder.Build(inputs, asOf);
        var findings = new List<DataQualityFinding>();
        findings.AddRange(day.AllocationsToWorkersNotInPost.Select(a => new DataQualityFinding(
            "DQ-NOT-IN-POST", a.WorkerId, a.ChildId, $"{a.CaseType} allocation open since {Iso(a.StartDate)}, but the worker has no spell in post on {Iso(asOf)}; not counted in caseloads.")));
        findings.AddRange(day.SocialWorkerSpells.Where(s => s.WorkerHoldsCases && s.Band == ExperienceBand.Unknown)
            .DistinctBy(s => s.Spell.WorkerId).Select(s => new DataQualityFinding(
                "DQ-NO-QUALIFIED", s.Spell.WorkerId, null, $"Holds cases in team {s.Spell.TeamCode} but has no qualified_date: experience band unknown.")));
        findings.AddRange(OverlappingSpells(inputs.History.Spells));
        var yearAgo = day.Period.YearAgo;
        findings.AddRange(inputs.Referrals.Where(r => day.Period.InYear(r.ReferralDate) && !inputs.AllocationsByChild.ContainsKey(r.ChildId))
            .Select(r => new DataQualityFinding("DQ-REF-NEVER-ALLOCATED", null, r.ChildId, $"Referral {r.ReferralId} of {Iso(r.ReferralDate)}: the child has no allocation in allocations.csv (after {Iso(yearAgo)}).")));
        return findings;
    }

    private static IEnumerable<DataQualityFinding> OverlappingSpells(IEnumerable<WorkerSpell> spells)
    {
        foreach (var group in spells.GroupBy(s => (s.WorkerId, s.TeamCode)))
        {
            var ordered = group.OrderBy(s => s.StartDate).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].StartDate <= (ordered[i].EndDate ?? DateOnly.MaxValue); j++)
                {
                    yield return new DataQualityFinding("DQ-OVERLAP", group.Key.WorkerId, null,
                        $"Two spells in team {group.Key.TeamCode} overlap: from {Iso(ordered[i].StartDate)} and from {Iso(ordered[j].StartDate)}.");
                }
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

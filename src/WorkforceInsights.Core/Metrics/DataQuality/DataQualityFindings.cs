using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.DataQuality;

/// <summary>
/// Lists each finding the DQ-* metrics count on a date, so none is silently dropped. The list and the count come
/// from the same rule (<see cref="DataQualityRules"/>, or the day's allocations to workers not in post).
/// </summary>
public static class DataQualityFindings
{
    /// <summary>The findings of a date the series has not stored: computed from the data with the same rules.</summary>
    public static IReadOnlyList<DataQualityFinding> On(MetricInputs inputs, DateOnly asOf) => Of(MetricDayBuilder.Build(inputs, asOf), inputs.OverlappingSpells);

    /// <summary>The findings of the whole council's day (the series refresh stores these for every date).</summary>
    public static IReadOnlyList<DataQualityFinding> Of(MetricDay day, IReadOnlyList<(WorkerSpell First, WorkerSpell Second)> overlappingSpells)
    {
        var asOf = day.Period.AsOf;
        var findings = new List<DataQualityFinding>();
        findings.AddRange(day.AllocationsToWorkersNotInPost.Select(a => new DataQualityFinding(
            MetricIds.AllocationsToWorkersNotInPost, a.WorkerId, a.ChildId, $"{a.CaseType} allocation open since {Iso(a.StartDate)}, but the worker has no spell in post on {Iso(asOf)}; not counted in caseloads.")));
        findings.AddRange(DataQualityRules.CaseHoldersWithoutQualifiedDate(day).Select(s => new DataQualityFinding(
            MetricIds.CaseHoldersWithoutQualifiedDate, s.Spell.WorkerId, null, $"Holds cases in team {s.Spell.TeamCode} but has no qualified_date: experience band unknown.")));
        findings.AddRange(overlappingSpells.Select(pair => new DataQualityFinding(MetricIds.OverlappingSpells, pair.First.WorkerId, null,
            $"Two spells in team {pair.First.TeamCode} overlap: from {Iso(pair.First.StartDate)} and from {Iso(pair.Second.StartDate)}.")));
        return findings;
    }

    private static string Iso(DateOnly date) => IsoDate.Of(date);
}

using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Disclosure;

/// <summary>The small-numbers rule over a group's stored figures of one date: each figure on its own, then each breakdown as a whole.</summary>
public static class Withholding
{
    /// <param name="dimension">The group's dimension (the council's headline totals are shown at council level).</param>
    /// <param name="figures">The figures of one date in one group, at most one per metric; read every part of a breakdown (<see cref="BreakdownFamily.WithFamilies"/>).</param>
    /// <returns>What to withhold, by metric id.</returns>
    public static IReadOnlyDictionary<string, Withheld> OfOneDate(Dimension dimension, IReadOnlyList<Figure> figures)
    {
        var byId = figures.ToDictionary(f => f.MetricId, StringComparer.Ordinal);
        var result = figures.ToDictionary(f => f.MetricId, f => SmallNumbers.Primary(MetricCatalog.Get(f.MetricId).Info, dimension, f.Value, f.Numerator, f.Denominator), StringComparer.Ordinal);
        foreach (var family in BreakdownFamily.All)
        {
            var present = family.PartIds.Where(byId.ContainsKey).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var parts = present.Select(id => byId[id].Value).ToList();
            var primary = present.Select(id => result[id]).ToList();
            if (family.TotalId is { } totalId && byId.GetValueOrDefault(totalId)?.Value is { } total)
            {
                // What the parts leave of the total (the inferred changes beside the recorded) is a part too.
                var rest = total - parts.Sum(p => p ?? 0);
                parts.Add(rest);
                primary.Add(SmallNumbers.Count(rest));
            }

            var judged = SmallNumbers.Breakdown(parts, primary);
            for (var i = 0; i < present.Count; i++)
            {
                result[present[i]] = (Withheld)Math.Max((int)result[present[i]], (int)judged[i]);
            }
        }

        return result;
    }
}

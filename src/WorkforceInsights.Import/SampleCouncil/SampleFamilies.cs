using System.Globalization;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>
/// Brothers and sisters in the synthetic council: on the extract date, about a third of the children open to a
/// worker share a family_id with one or two others open to the same worker, as sibling groups allocated together
/// are in practice. Drawn after the simulation from its own fixed seed, so the rest of the council is the same
/// with or without it.
/// </summary>
internal static class SampleFamilies
{
    /// <summary>The chance that a child not yet in a family starts one with the next children of the same worker.</summary>
    /// <remarks>Families of two, or of three one time in four (2.25 on average): 0.18 × 2.25 / (1 + 0.18 × 1.25) puts a third in families.</remarks>
    private const double StartsAFamily = 0.18;

    /// <returns>The family id of each child in a family (children on their own have none: a blank family_id).</returns>
    public static Dictionary<string, string> Group(IEnumerable<SampleSpell> spells)
    {
        var random = new Random(1989); // the Children Act's year: its own seed, as the recorded change reasons have theirs
        var families = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = 0;
        foreach (var spell in spells)
        {
            var children = spell.Children;
            for (var i = 0; i < children.Count; i++)
            {
                if (random.NextDouble() >= StartsAFamily)
                {
                    continue;
                }

                var size = Math.Min(random.NextDouble() < 0.25 ? 3 : 2, children.Count - i);
                if (size < 2)
                {
                    continue;
                }

                var id = "F" + (++next).ToString("000000", CultureInfo.InvariantCulture);
                for (var k = 0; k < size; k++)
                {
                    families[children[i + k].Id] = id;
                }

                i += size - 1;
            }
        }

        return families;
    }
}

using System.Globalization;
using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>
/// The synthetic council's agency columns (agency.md), drawn after the simulation from their own random stream, so
/// the workforce and caseload stay exactly as they were. Every social worker has a Social Work England number;
/// agency spells carry an agency and an hourly rate; those from the rules' start (31 October 2024) also record
/// notice and references, as a council's records would once it began checking. Planted among the assignments in
/// post on 1 July 2026: rates above the sample's £45 social-worker cap (one
/// signed off), a long notice period and a single reference.
/// </summary>
internal static class SampleAgencyTerms
{
    private static readonly string[] s_agencies = ["Northgate Social Care", "Brightpath Recruitment", "Castle Locum Services", "Meridian Social Work"];
    private static readonly DateOnly s_recordedFrom = new(2024, 10, 31);
    private static readonly DateOnly s_allFrom = new(2025, 10, 1);

    // Planted on the assignments in post on one fixed day, so an earlier night's extract plants the same ones.
    private static readonly DateOnly s_plantedOn = new(2026, 7, 1);
    private static readonly decimal[] s_ratesAboveCap = [47.50m, 52.00m, 46.25m];

    public static IReadOnlyDictionary<SampleSpell, SampleTerms> Draw(int seed, IReadOnlyList<SampleSpell> spells, DateOnly extractDate)
    {
        var terms = new Dictionary<SampleSpell, SampleTerms>();
        foreach (var spell in spells.Where(s => s.Start <= extractDate))
        {
            var number = spell.Role == Role.AdultPractitioner ? null : SweNumber(spell.Worker);
            if (spell.Type != EmploymentType.Agency)
            {
                terms[spell] = new SampleTerms(number, null, null, null, null, null);
                continue;
            }

            // Each spell's own stream: a night's new spells leave every other row as it was.
            var random = new Random(unchecked((seed * 31) + (StableHash(spell.Worker.Id) * 17) + spell.Start.DayNumber));
            var rate = 36m + (random.Next(0, 35) * 0.25m); // £36.00 to £44.50, within the cap
            var recorded = spell.Start >= s_recordedFrom;
            terms[spell] = new SampleTerms(number, s_agencies[random.Next(s_agencies.Length)], rate,
                recorded ? (random.NextDouble() < 0.7 ? 4 : random.Next(1, 4)) : null, recorded ? 2 : null, null);
        }

        Plant(terms, extractDate);
        return terms;
    }

    // A registration number per person from the digits of their id: distinct for distinct ids (7919 is prime to 900000).
    private static string SweNumber(SampleWorker worker)
    {
        var digits = long.Parse(worker.Id.AsSpan(worker.Id.AsSpan().IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);
        return "SW" + (100000 + (digits * 7919 % 900000)).ToString(CultureInfo.InvariantCulture);
    }

    // string.GetHashCode differs from run to run; the sample must not.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    // The cases a register must find, on the agency spells in post from AllFrom, in a fixed order.
    private static void Plant(Dictionary<SampleSpell, SampleTerms> terms, DateOnly extractDate)
    {
        var current = terms.Keys
            .Where(s => s.Type == EmploymentType.Agency && s.Role != Role.AdultPractitioner && s.Start <= s_plantedOn && (s.End is null || s.End >= s_plantedOn))
            .OrderBy(s => s.Start).ThenBy(s => s.Worker.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < s_ratesAboveCap.Length && i * 2 < current.Count; i++)
        {
            var spell = current[i * 2];
            var signedOff = i == 0 ? Min(Max(spell.Start, s_allFrom).AddDays(14), extractDate) : (DateOnly?)null;
            terms[spell] = terms[spell] with { HourlyRate = s_ratesAboveCap[i], CapBreachSignedOff = signedOff };
        }

        if (current.Count > 1)
        {
            terms[current[1]] = terms[current[1]] with { NoticeWeeks = 8 };
        }

        if (current.Count > 3)
        {
            terms[current[3]] = terms[current[3]] with { References = 1 };
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

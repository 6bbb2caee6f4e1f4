using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.Series;

/// <summary>
/// What a stored series was computed from, in parts the next refresh compares so it recomputes only the dates an
/// import changed. Each input row's terms are summed into the digest of the month of the first date whose figures
/// they can change (<see cref="InfluenceRules"/>); inputs that change every date (teams, establishment, overlapping
/// spells, the engine itself) have digests of their own. When a month's digest differs, that month's dates and every later
/// one are recomputed; every earlier date's figures are the same as before, so they are kept.
/// </summary>
public sealed class SeriesBasis
{
    /// <summary>The part names of the inputs that change every date's figures.</summary>
    public const string Engine = "engine";
    public const string Teams = "teams";
    public const string Establishment = "establishment";
    public const string OverlappingSpells = "overlapping spells";
    public const string FirstDate = "first date";
    public const string LatestDate = "latest date";

    /// <summary>The part names of each extract's history start H, which decides from which date the year-based figures are given.</summary>
    public static IReadOnlyList<string> HistoryStartParts { get; } = ["history start workers", "history start allocations", "history start referrals"];

    private static readonly string[] s_everyDate = [Engine, Teams, Establishment, OverlappingSpells];

    /// <summary>The monthly parts: each row's kind, and the month from which it can change figures.</summary>
    private static readonly string[] s_monthly = ["spells", "allocations", "referrals", "workers", "changes"];

    public SeriesBasis(IReadOnlyDictionary<string, long> parts) => Parts = parts;

    /// <summary>Part name → digest (a date part holds its day number).</summary>
    public IReadOnlyDictionary<string, long> Parts { get; }

    /// <param name="engineVersion">Changes whenever the code that computes figures changes, so an upgrade recomputes everything.</param>
    public static SeriesBasis Of(MetricInputs inputs, string engineVersion)
    {
        // One digest per kind and month; the kinds are summed side by side (a nightly refresh spends most of its
        // computing here, not on the few dates it recomputes).
        var kinds = new IEnumerable<(DateOnly From, ulong Hash)>[]
        {
            inputs.History.Spells.SelectMany(InfluenceRules.OfSpell),
            inputs.Allocations.SelectMany(InfluenceRules.OfAllocation),
            inputs.Referrals.Select(InfluenceRules.OfReferral),
            InfluenceRules.WorkerFacts(inputs),
            inputs.Changes.Select(InfluenceRules.OfChange),
        };
        var monthly = new Dictionary<int, ulong>[kinds.Length];
        Parallel.For(0, kinds.Length, kind =>
        {
            var sums = monthly[kind] = [];
            foreach (var (from, hash) in kinds[kind])
            {
                var month = (from.Year * 12) + from.Month - 1;
                sums[month] = unchecked(sums.GetValueOrDefault(month) + hash);
            }
        });

        var parts = monthly.SelectMany((sums, kind) => sums.Select(p => (Part: MonthlyPart(kind, p.Key), Value: unchecked((long)p.Value))))
            .ToDictionary(p => p.Part, p => p.Value, StringComparer.Ordinal);
        parts[Engine] = unchecked((long)new StableHash(10).Add(engineVersion).Value);
        parts[Teams] = Sum(inputs.Teams.Values.Select(InfluenceRules.OfTeam));
        parts[Establishment] = Sum(inputs.Establishment.Select(InfluenceRules.OfEstablishmentPost));
        parts[OverlappingSpells] = Sum(inputs.OverlappingSpells.Select(InfluenceRules.OfOverlap));
        var dates = MetricSeriesCalculator.ReportingDates(inputs);
        if (dates.Count > 0)
        {
            parts[FirstDate] = dates[0].DayNumber;
            parts[LatestDate] = dates[^1].DayNumber;
        }

        foreach (var source in Enum.GetValues<HistorySource>())
        {
            if (inputs.HistoryStarts.Of(source) is { } start)
            {
                parts[HistoryStartParts[(int)source]] = start.DayNumber;
            }
        }

        return new SeriesBasis(parts);
    }

    /// <summary>
    /// The first date whose stored results may differ from what this basis gives: <see cref="DateOnly.MinValue"/>
    /// when everything must be recomputed (no previous basis, or an input that changes every date changed), null when
    /// nothing changed. Series dates on or after it are recomputed; earlier ones are kept.
    /// </summary>
    public DateOnly? RecomputeFrom(SeriesBasis? previous)
    {
        if (previous is null || s_everyDate.Any(part => previous.Parts.GetValueOrDefault(part) != Parts.GetValueOrDefault(part)))
        {
            return DateOnly.MinValue;
        }

        DateOnly? from = null;
        void Dirty(DateOnly date) => from = from is { } f && f <= date ? f : date;
        foreach (var part in Parts.Keys.Union(previous.Parts.Keys, StringComparer.Ordinal))
        {
            if (previous.Parts.GetValueOrDefault(part) == Parts.GetValueOrDefault(part))
            {
                continue;
            }

            if (part is FirstDate or LatestDate || HistoryStartParts.Contains(part))
            {
                // The series' ends moved (a new extract date, or rows before the first month): recompute from the
                // month of the earlier of the two ends, so a point at an old extract date that is no month end goes.
                // A history start that moved changes which figures are null from the earlier of the two starts on.
                var day = Math.Min(Day(previous, part), Day(this, part));
                Dirty(MonthStart(DateOnly.FromDayNumber(day)));
            }
            else if (MonthOf(part) is { } month)
            {
                Dirty(month);
            }
            else
            {
                return DateOnly.MinValue; // a part this version does not know: be safe
            }
        }

        return from;
    }

    private static int Day(SeriesBasis basis, string part) => (int)basis.Parts.GetValueOrDefault(part, int.MaxValue);

    private static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    private static string MonthlyPart(int kind, int month) => $"{s_monthly[kind]} {month / 12:D4}-{(month % 12) + 1:D2}";

    private static DateOnly? MonthOf(string part)
    {
        var space = part.LastIndexOf(' ');
        return space > 0 && s_monthly.Contains(part[..space]) && IsoDate.TryParse(part[(space + 1)..] + "-01", out var month) ? month : null;
    }

    private static long Sum(IEnumerable<ulong> hashes) => unchecked((long)hashes.Aggregate(0UL, (sum, h) => sum + h));
}

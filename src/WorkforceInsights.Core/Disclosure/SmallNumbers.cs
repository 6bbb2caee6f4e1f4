using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Disclosure;

/// <summary>
/// The one small-numbers rule (access.md, "Small numbers (disclosure control)"), applied by every page, chart,
/// download and the briefing pack. Where it applies, a count of people or children from 1 to 4 is written "&lt;5"; a
/// rate, share or average over such a count "suppressed"; and where exactly one part of a breakdown is withheld, the
/// next smallest part is withheld too, so no withheld part can be worked back from the total. Zeros, and the
/// council's own headline totals at council level, are shown as they are.
/// </summary>
public static class SmallNumbers
{
    public const string SmallCountText = "<5";
    public const string SuppressedText = "suppressed";

    /// <summary>
    /// The council's own whole-workforce, children and referral totals: at council level they are not withheld. A
    /// council-level breakdown category (a change reason, workers per child, an open case type) is a part and is.
    /// </summary>
    private static readonly HashSet<string> s_councilHeadlineIds =
    [
        MetricIds.EmployedFte, MetricIds.AgencyFte, MetricIds.EmployedHeadcount, MetricIds.AgencyHeadcount,
        MetricIds.LeaversFte, MetricIds.LeaversHeadcount, MetricIds.StartersFte, MetricIds.StartersHeadcount,
        MetricIds.TurnoverRate, MetricIds.AgencyRate, MetricIds.VacancyFte, MetricIds.VacancyRate, MetricIds.StabilityIndex, MetricIds.SpanOfControl,
        MetricIds.CasesHeld, MetricIds.CaseHolderFte, MetricIds.AverageCaseload,
        MetricIds.ChildrenOpen, MetricIds.Referrals, MetricIds.Changes,
    ];

    /// <summary>
    /// A count from 1 to 4. An FTE above 0 and below 5 counts as small too: it stands for fewer than five people
    /// (a conservative reading: 4.5 FTE may be five part-time workers). For whole counts the two agree.
    /// </summary>
    public static bool IsSmall(double? count) => count is > 0 and < 5;

    /// <summary>Whether the rule applies: to what leaves the council, and to anyone without worker-level rights for what is shown.</summary>
    public static bool Applies(bool leavesCouncil, bool maySeeWorkers) => leavesCouncil || !maySeeWorkers;

    /// <summary>The council's own headline totals, shown as they are at council level.</summary>
    public static bool IsHeadlineTotal(string metricId, Dimension dimension) =>
        dimension == Dimension.Council && s_councilHeadlineIds.Contains(metricId);

    /// <summary>A plain count (a worker's cases, case holders in a bar): "&lt;5" from 1 to 4.</summary>
    public static Withheld Count(double? count) => IsSmall(count) ? Withheld.SmallCount : Withheld.None;

    /// <summary>
    /// Primary suppression of one figure of a metric in a group of <paramref name="dimension"/>: a count (or an FTE)
    /// from its value; a rate or average from its numerator and denominator.
    /// </summary>
    public static Withheld Primary(MetricInfo info, Dimension dimension, double? value, double? numerator, double? denominator) =>
        IsHeadlineTotal(info.Id, dimension) ? Withheld.None
        : info.Unit.IsCount() || info.Unit == MetricUnit.Fte ? Count(value)
        : IsSmall(numerator) || IsSmall(denominator) ? Withheld.Suppressed
        : Withheld.None;

    /// <summary>
    /// The parts of one breakdown whose total is shown: each part from 1 to 4 "&lt;5"; where exactly one part is
    /// withheld, the next smallest non-zero part is withheld too ("suppressed"), so the withheld one cannot be
    /// worked back by subtraction. Zeros are never withheld, so a breakdown whose only other parts are zero leaves
    /// its small part to be read from the total (a total the rule lets be shown).
    /// </summary>
    public static IReadOnlyList<Withheld> Breakdown(IReadOnlyList<double?> parts) => Breakdown(parts, [.. parts.Select(Count)]);

    /// <summary>Secondary suppression over parts already judged one by one (e.g. a headline-free breakdown of rates' counts).</summary>
    public static IReadOnlyList<Withheld> Breakdown(IReadOnlyList<double?> parts, IReadOnlyList<Withheld> primary)
    {
        var withheld = primary.ToArray();
        if (withheld.Count(w => w != Withheld.None) != 1)
        {
            return withheld;
        }

        var next = Enumerable.Range(0, parts.Count)
            .Where(i => withheld[i] == Withheld.None && parts[i] is > 0)
            .OrderBy(i => parts[i]).ThenBy(i => i)
            .Cast<int?>().FirstOrDefault();
        if (next is { } index)
        {
            withheld[index] = Withheld.Suppressed;
        }

        return withheld;
    }

    /// <summary>A share (or rate) printed beside a count: withheld with it.</summary>
    public static Withheld ShareOf(Withheld count) => count == Withheld.None ? Withheld.None : Withheld.Suppressed;

    /// <summary>What is written instead of a withheld figure; null when it is shown.</summary>
    public static string? Text(Withheld withheld) => withheld switch
    {
        Withheld.SmallCount => SmallCountText,
        Withheld.Suppressed => SuppressedText,
        _ => null,
    };
}

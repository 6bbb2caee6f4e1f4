using WorkforceInsights.Core.Benchmarks;

namespace WorkforceInsights.Import.Benchmarks;

/// <summary>
/// The four published file layouts (benchmarks.md), recognised by their header, not their name, so next
/// year's files load with no code change: each names the measures it carries and the column of each.
/// </summary>
public sealed record BenchmarkLayout(string Kind, string RecognisedBy, IReadOnlyList<(BenchmarkMeasure Measure, string Column)> Measures)
{
    public static BenchmarkLayout Workforce { get; } = new("benchmarks:csww", "turnover_rate_fte",
    [
        (BenchmarkMeasure.TurnoverRate, "turnover_rate_fte"),
        (BenchmarkMeasure.AgencyRate, "agency_rate_fte"),
        (BenchmarkMeasure.VacancyRate, "vacancy_rate_fte"),
        (BenchmarkMeasure.AverageCaseload, "caseload_fte"),
    ]);

    public static BenchmarkLayout ChildrenInNeed { get; } = new("benchmarks:c1", "rereferral_percent", [(BenchmarkMeasure.ReReferralRate, "rereferral_percent")]);

    /// <summary>One row per group and stability band: the measure is the "3 or more" row of children looked after on 31 March.</summary>
    public static BenchmarkLayout LookedAfter { get; } = new("benchmarks:cla", "sw_stability", [(BenchmarkMeasure.ClaThreePlusRate, "percentage")]);

    public static BenchmarkLayout Neighbours { get; } = new("benchmarks:neighbours", "SN_1", []);

    public static IReadOnlyList<BenchmarkLayout> All { get; } = [Workforce, ChildrenInNeed, LookedAfter, Neighbours];

    public const string LookedAfterGroup = "CLA on 31 March";
    public const string ThreeOrMore = "3 or more social workers during the year";

    /// <summary>The layout whose header this is, or null.</summary>
    public static BenchmarkLayout? Recognise(IReadOnlyCollection<string> header) =>
        All.FirstOrDefault(l => header.Contains(l.RecognisedBy, StringComparer.OrdinalIgnoreCase));
}

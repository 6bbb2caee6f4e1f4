namespace WorkforceInsights.Core.Staff;

/// <summary>
/// A social worker's post-qualification experience on a date (metrics.md, differential caseload):
/// ASYE if qualified within the last 12 months, then 1-3, 3-5 and 5+ years; unknown without a
/// qualified_date.
/// </summary>
public static class ExperienceBand
{
    public const string Asye = "ASYE";
    public const string OneToThree = "1-3 years";
    public const string ThreeToFive = "3-5 years";
    public const string FivePlus = "5+ years";
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = [Asye, OneToThree, ThreeToFive, FivePlus, Unknown];

    public static string On(DateOnly? qualifiedDate, DateOnly date) => qualifiedDate switch
    {
        null => Unknown,
        { } q when q > date.AddMonths(-12) => Asye,
        { } q when q > date.AddMonths(-36) => OneToThree,
        { } q when q > date.AddMonths(-60) => ThreeToFive,
        _ => FivePlus,
    };
}

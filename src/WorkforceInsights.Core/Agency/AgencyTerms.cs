namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The optional agency columns of one workers.csv spell (agency.md): who the person is on the Social Work England
/// register, and the terms of an agency assignment the rules are checked against. Every part may be blank.
/// </summary>
/// <param name="JobType">As recorded; null when the column is blank (the role then decides).</param>
/// <param name="HourlyRate">The hourly charge rate the price cap applies to, in pounds.</param>
/// <param name="CapBreachSignedOff">When the director of children's services and the chief executive signed off a rate above the cap.</param>
public sealed record AgencyTerms(
    string? SweNumber,
    string? AgencyName,
    AgencyJobType? JobType,
    decimal? HourlyRate,
    bool ProjectTeam,
    int? NoticeWeeks,
    int? References,
    DateOnly? CapBreachSignedOff)
{
    public static AgencyTerms None { get; } = new(null, null, null, null, false, null, null, null);
}

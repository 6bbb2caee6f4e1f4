using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Web.Services;

/// <summary>The Agency page: the register on the date, its headline counts, the estimated spend and the returns on offer.</summary>
/// <param name="AsOf">The register's date: the stored date the URL names (on or before it), else the latest; null before any import.</param>
/// <param name="Dates">Every stored date (the reporting dates on offer).</param>
/// <param name="Requested">The reporting date the URL names, resolved to a stored date; null for the latest.</param>
/// <param name="Headcount">Agency social workers in post (WF-AGY-HC), as the Workforce page shows them.</param>
/// <param name="Fte">Their FTE (WF-AGY-FTE).</param>
/// <param name="AgencyRate">The agency worker rate (WF-AGY-RATE).</param>
/// <param name="Spend">Estimated spend per month up to the date; empty when no agency spell has an hourly rate.</param>
/// <param name="Quarters">The latest quarters whose return can be written, latest first.</param>
public sealed record AgencyView(
    DateOnly? AsOf,
    string? LastImport,
    IReadOnlyList<DateOnly> Dates,
    DateOnly? Requested,
    double? Headcount,
    double? Fte,
    double? AgencyRate,
    RegisterSummary? Summary,
    IReadOnlyList<AssignmentCheck> Register,
    IReadOnlyList<MonthSpend> Spend,
    IReadOnlyList<CalendarQuarter> Quarters,
    AgencyRuleSettings? Settings)
{
    public static AgencyView Empty(string? lastImport, IReadOnlyList<DateOnly> dates) =>
        new(null, lastImport, dates, null, null, null, null, null, [], [], [], null);
}

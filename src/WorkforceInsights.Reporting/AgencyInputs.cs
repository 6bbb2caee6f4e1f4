using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Reporting;

/// <summary>
/// What the agency register and the quarterly return are checked from: every social-worker spell with its agency
/// columns, the council's settings and the extract date (agency.md).
/// </summary>
public sealed record AgencyInputs(IReadOnlyList<TermedSpell> Spells, AgencyRuleSettings Settings, DateOnly ExtractDate)
{
    /// <summary>The register on a day: every assignment in post on it, checked against the rules.</summary>
    public IReadOnlyList<AssignmentCheck> RegisterOn(DateOnly day) => AgencyRegister.On(day, Spells, Settings, ExtractDate);

    /// <summary>The quarter's return; throws for a quarter ending after the extract date.</summary>
    public AgencyReturn ReturnFor(CalendarQuarter quarter) => AgencyReturn.For(quarter, Spells, Settings, ExtractDate);

    /// <summary>The latest calendar quarters whose return can be written (each ends on or before the extract date), latest first.</summary>
    public IReadOnlyList<CalendarQuarter> CompleteQuarters(int count)
    {
        var quarters = new List<CalendarQuarter>();
        var quarter = new CalendarQuarter(ExtractDate.Year, ((ExtractDate.Month - 1) / 3) + 1);
        while (quarters.Count < count)
        {
            if (quarter.To <= ExtractDate)
            {
                quarters.Add(quarter);
            }

            quarter = quarter.Number == 1 ? new CalendarQuarter(quarter.Year - 1, 4) : quarter with { Number = quarter.Number - 1 };
        }

        return quarters;
    }
}

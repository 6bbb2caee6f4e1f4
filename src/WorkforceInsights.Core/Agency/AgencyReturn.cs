namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The quarterly agency return (agency.md, "The quarterly return"): a row per assignment in post on any day of the
/// quarter, with attributes as on the quarter's last day, and the summary.
/// </summary>
public sealed record AgencyReturn(
    CalendarQuarter Quarter,
    DateOnly ExtractDate,
    IReadOnlyList<AssignmentCheck> Rows,
    decimal AgencyFteOnLastDay,
    IReadOnlyDictionary<AgencyRule, IReadOnlyDictionary<RuleOutcome, int>> RuleCounts,
    IReadOnlyList<CapBreach> CapBreaches)
{
    public static AgencyReturn For(CalendarQuarter quarter, IReadOnlyList<TermedSpell> spells, AgencyRuleSettings settings, DateOnly extractDate)
    {
        if (quarter.To > extractDate)
        {
            throw new InvalidOperationException(
                $"Quarter {quarter} ends on {quarter.To:yyyy-MM-dd}, after the data's extract date {extractDate:yyyy-MM-dd}: the extracts do not yet describe all of it.");
        }

        var checker = new AgencyRuleChecker(settings, spells);
        var (from, to) = (quarter.From, quarter.To);

        // Every assignment is subject to the rules on the quarter's days from AllFrom, if it is in post on one of them.
        var allFromDay = from > settings.AllFrom ? from : settings.AllFrom;
        var rows = AgencyAssignment.From(spells, extractDate)
            .Where(a => a.OverlapsPeriod(from, to))
            .Select(a => checker.Check(a, to, a.Start >= settings.RulesFrom || (allFromDay <= to && a.OverlapsPeriod(allFromDay, to))))
            .OrderBy(c => c.Assignment.Start).ThenBy(c => c.WorkerId, StringComparer.Ordinal)
            .ToList();

        var fte = spells.Where(s => AgencyAssignment.IsAgencySocialWorker(s.Spell) && s.Spell.IsInPostOn(to)).Sum(s => s.Spell.Fte);
        var counts = RegisterSummary.CountByRule(rows);
        var breaches = rows.Where(r => r.Rules[AgencyRule.PriceCap].Outcome == RuleOutcome.Breach)
            .Select(r => new CapBreach(r.WorkerId, r.Terms.HourlyRate!.Value, r.Cap!.Value, r.Terms.CapBreachSignedOff))
            .ToList();
        return new AgencyReturn(quarter, extractDate, rows, fte, counts, breaches);
    }
}

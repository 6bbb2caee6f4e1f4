namespace WorkforceInsights.Core.Agency;

/// <summary>
/// The estimated agency spend per month (agency.md, "Where it shows"): for each agency social-worker spell with a rate,
/// hourly_rate × 37 hours × FTE × the weeks it is in post in the month (its days in post ÷ 7). An estimate: the
/// council's invoices also carry agency fees, overtime and absence, which the extracts do not.
/// </summary>
public static class AgencySpend
{
    public const int HoursPerWeek = 37;

    /// <summary>Each month from the month of <paramref name="from"/> to the month of <paramref name="to"/>, counting days up to <paramref name="to"/>.</summary>
    public static IReadOnlyList<MonthSpend> Monthly(IReadOnlyList<TermedSpell> spells, DateOnly from, DateOnly to)
    {
        var agency = spells.Where(s => AgencyAssignment.IsAgencySocialWorker(s.Spell)).ToList();
        var months = new List<MonthSpend>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            months.Add(Month(agency, month, last < to ? last : to));
        }

        return months;
    }

    private static MonthSpend Month(List<TermedSpell> agency, DateOnly first, DateOnly last)
    {
        var estimate = 0m;
        var charged = new HashSet<string>(StringComparer.Ordinal);
        var uncharged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (spell, terms) in agency)
        {
            var start = spell.StartDate > first ? spell.StartDate : first;
            var end = spell.EndDate is { } e && e < last ? e : last;
            if (end < start)
            {
                continue;
            }

            if (terms.HourlyRate is { } rate)
            {
                var days = end.DayNumber - start.DayNumber + 1;
                estimate += rate * HoursPerWeek * spell.Fte * days / 7m;
                charged.Add(spell.WorkerId);
            }
            else
            {
                uncharged.Add(spell.WorkerId);
            }
        }

        uncharged.ExceptWith(charged);
        return new MonthSpend(first, last, estimate, charged.Count, uncharged.Count);
    }
}

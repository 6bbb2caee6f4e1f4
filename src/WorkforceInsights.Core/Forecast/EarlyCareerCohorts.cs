using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The early-career cohorts of forecast.md: each year's ASYE starters (metrics.md's starter rule), how many are still
/// employed 12, 24 and 36 months on, and the caseloads of their first year against the ASYE target.
/// </summary>
public static class EarlyCareerCohorts
{
    public static IReadOnlyList<EarlyCareerCohort> For(MetricInputs inputs, DateOnly asOf, decimal asyeCaseloadTarget)
    {
        var starters = inputs.History.Starters
            .Where(s => s.StartDate <= asOf && ExperienceBand.On(QualifiedDates.Of(inputs, s), s.StartDate) == ExperienceBand.Asye)
            .GroupBy(s => s.WorkerId, StringComparer.Ordinal)
            .Select(g => g.MinBy(s => s.StartDate)!) // a worker who starts twice as ASYE counts once, from their first start
            .ToArray();
        var caseloads = new WorkerCaseloads(inputs, starters.Select(s => s.WorkerId));
        return [.. starters.GroupBy(s => CohortYear(s.StartDate)).OrderBy(g => g.Key).Select(g => Cohort(g.Key, [.. g], inputs, asOf, caseloads, (double)asyeCaseloadTarget))];
    }

    /// <summary>Y for a start after 30 September Y−1 and on or before 30 September Y.</summary>
    public static int CohortYear(DateOnly start) => start > new DateOnly(start.Year, 9, 30) ? start.Year + 1 : start.Year;

    private static EarlyCareerCohort Cohort(int year, WorkerSpell[] starters, MetricInputs inputs, DateOnly asOf, WorkerCaseloads caseloads, double target)
    {
        double? Retained(int months) => starters.Any(s => s.StartDate.AddMonths(months) > asOf) ? null
            : 100.0 * starters.Count(s => inputs.History.IsEmployedSocialWorkerOn(s.WorkerId, s.StartDate.AddMonths(months))) / starters.Length;

        var byMonth = Enumerable.Range(1, 12).Select(k =>
        {
            var held = starters.Select(s => MonthEnd(s.StartDate, k)).Zip(starters)
                .Where(x => x.First <= asOf).Select(x => caseloads.On(x.Second.WorkerId, x.First)).Where(c => c.Cases > 0).ToArray();
            return held.Length == 0 ? (double?)null : held.Sum(c => c.Cases) / held.Sum(c => c.Fte);
        }).ToArray();
        var above = starters.Count(s => Enumerable.Range(1, 12).Select(k => MonthEnd(s.StartDate, k)).Where(d => d <= asOf)
            .Any(d => caseloads.On(s.WorkerId, d).Cases > target));
        return new EarlyCareerCohort(year, starters.Length, (double)starters.Sum(s => s.Fte), Retained(12), Retained(24), Retained(36), byMonth, above);
    }

    /// <summary>The k-th month end after a start (strictly after it: a start on a month end counts from the next).</summary>
    private static DateOnly MonthEnd(DateOnly start, int k)
    {
        var month = new DateOnly(start.Year, start.Month, 1);
        var offset = month.AddMonths(1).AddDays(-1) == start ? k : k - 1;
        return month.AddMonths(offset + 1).AddDays(-1);
    }
}

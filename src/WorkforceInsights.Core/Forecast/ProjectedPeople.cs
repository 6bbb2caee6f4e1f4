using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>Everyone the forecast projects (forecast.md): the employed in post on E, last year's starters replayed, the extra ASYE intake.</summary>
internal static class ProjectedPeople
{
    /// <summary>Each worker with an employed social-worker spell in post on E, with their planned end where every spell has one.</summary>
    public static IEnumerable<ProjectedPerson> InPost(MetricInputs inputs, DateOnly[] dates)
    {
        var asOf = dates[0];
        var current = inputs.History.Spells.Where(s => s.IsSocialWorker && s.IsEmployed && (s.EndDate is null || s.EndDate >= asOf))
            .ToLookup(s => s.WorkerId, StringComparer.Ordinal);
        foreach (var spells in current)
        {
            var worker = spells.Where(s => s.IsInPostOn(asOf)).ToArray();
            if (worker.Length == 0)
            {
                continue;
            }

            var main = worker.Aggregate((a, b) => WorkerIndex.IsMain(b, a) ? b : a);
            var plannedEnd = spells.Any(s => s.EndDate is null) ? (DateOnly?)null : spells.Max(s => s.EndDate!.Value);
            var lastMonth = plannedEnd is { } x ? Array.FindLastIndex(dates, d => d <= x) : dates.Length - 1;
            yield return new ProjectedPerson(
                (double)worker.Sum(s => s.Fte), QualifiedDates.Of(inputs, main), 0, lastMonth, EndAlreadyCounted: plannedEnd == asOf);
        }
    }

    /// <summary>
    /// Last year again: every employed starter of the year to E joins again 12, 24 and 36 months later (while on or
    /// before D_H) with the starting spell's FTE and a qualified date moved on as far, so they join in the same band.
    /// </summary>
    public static IEnumerable<ProjectedPerson> Replayed(MetricInputs inputs, DateOnly[] dates)
    {
        var period = new ReportingPeriod(dates[0]);
        foreach (var starter in inputs.History.Starters.Where(s => period.InYear(s.StartDate)))
        {
            var qualified = QualifiedDates.Of(inputs, starter);
            for (var years = 1; years <= 3 && starter.StartDate.AddMonths(12 * years) <= dates[^1]; years++)
            {
                var joins = ForecastDates.FirstMonthOnOrAfter(dates, starter.StartDate.AddMonths(12 * years));
                yield return new ProjectedPerson((double)starter.Fte, qualified?.AddMonths(12 * years), joins, dates.Length - 1);
            }
        }
    }

    /// <summary>The scenario's newly qualified FTE, joining in band ASYE on every 30 September after E up to D_H.</summary>
    public static IEnumerable<ProjectedPerson> ExtraAsye(double fte, DateOnly[] dates)
    {
        if (fte == 0)
        {
            yield break;
        }

        for (var census = new DateOnly(dates[0].Year, 9, 30); census <= dates[^1]; census = census.AddYears(1))
        {
            if (census > dates[0])
            {
                yield return new ProjectedPerson(fte, census, ForecastDates.FirstMonthOnOrAfter(dates, census), dates.Length - 1, CountsInInterval: false);
            }
        }
    }
}

using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// L_b (forecast.md): each band's employed leavings FTE in the year to E over the band's mean employed FTE at the
/// year's 12 month ends (E itself for E's month); the council's turnover where a band had no one in post.
/// </summary>
internal static class LeavingRates
{
    public static Dictionary<string, double> For(MetricInputs inputs, DateOnly asOf, double turnoverFraction, double leavingChange)
    {
        var period = new ReportingPeriod(asOf);
        var leavings = ExperienceBand.All.ToDictionary(b => b, _ => 0d, StringComparer.Ordinal);
        foreach (var leaving in inputs.History.Leavings.Where(l => period.InYear(l.EndDate!.Value)))
        {
            leavings[ExperienceBand.On(QualifiedDates.Of(inputs, leaving), leaving.EndDate!.Value)] += (double)leaving.Fte;
        }

        var monthEnds = Enumerable.Range(0, 12).Select(k => ForecastDates.MonthEnd(asOf, -k)).ToArray();
        monthEnds[0] = asOf;
        var inPost = ExperienceBand.All.ToDictionary(b => b, _ => 0d, StringComparer.Ordinal);
        foreach (var spell in inputs.History.Spells.Where(s => s.IsSocialWorker && s.IsEmployed))
        {
            var qualified = QualifiedDates.Of(inputs, spell);
            foreach (var day in monthEnds.Where(spell.IsInPostOn))
            {
                inPost[ExperienceBand.On(qualified, day)] += (double)spell.Fte;
            }
        }

        return ExperienceBand.All.ToDictionary(
            b => b,
            b => (inPost[b] == 0 ? turnoverFraction : leavings[b] / (inPost[b] / 12)) * (1 + (leavingChange / 100)),
            StringComparer.Ordinal);
    }
}

using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The workforce forecast of forecast.md: each person in post on E, each replayed joiner and each converted agency
/// worker survives month by month at their band's leaving rate; the figures at each D_m are sums over them. Pure and
/// deterministic: the same inputs give the same figures.
/// </summary>
public static class WorkforceForecaster
{
    /// <summary>The z of a two-sided 80% normal interval.</summary>
    private const double Interval80 = 1.2816;

    /// <param name="inputs">The data as it stood on <paramref name="asOf"/> (its extract date, or <see cref="ForecastInputs.AsItStoodOn"/>).</param>
    /// <param name="asOf">E.</param>
    /// <param name="months">H, 1 to 36.</param>
    /// <param name="scenario">The decision to try; <see cref="ForecastScenario.Baseline"/> for none.</param>
    public static WorkforceForecast Run(MetricInputs inputs, DateOnly asOf, int months, ForecastScenario scenario)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, ForecastDates.MaxMonths);
        var dates = ForecastDates.For(asOf, months);
        var start = ForecastStart.On(inputs, asOf);
        var rates = LeavingRates.For(inputs, asOf, start.TurnoverFraction, scenario.LeavingChange);
        var monthly = rates.ToDictionary(r => r.Key, r => Math.Min(1, r.Value / 12), StringComparer.Ordinal);
        var agency = new AgencyConversions(inputs, asOf);
        var converted = agency.Converted(scenario.Conversions, dates);
        var people = ProjectedPeople.InPost(inputs, dates)
            .Concat(ProjectedPeople.Replayed(inputs, dates))
            .Concat(ProjectedPeople.ExtraAsye(scenario.ExtraAsye, dates))
            .Concat(converted);
        var sums = new ForecastSums(dates);
        foreach (var person in people)
        {
            sums.Add(person, person.Survival(dates, monthly));
        }

        var points = new ForecastPoint[dates.Length];
        var convertedFte = 0d;
        for (var m = 0; m < dates.Length; m++)
        {
            convertedFte += converted.Where(c => c.FromMonth == m).Sum(c => c.Fte);
            points[m] = Point(m, dates, sums, agency.AgencyFteOnE - convertedFte, start, scenario, ActualLeavings(inputs, dates, m));
        }

        return new WorkforceForecast(asOf, months, scenario, rates, points);
    }

    /// <summary>Actual employed leavings FTE with end_date in (D_m − 12 months, E].</summary>
    private static double ActualLeavings(MetricInputs inputs, DateOnly[] dates, int m) =>
        (double)inputs.History.Leavings.Where(l => l.EndDate > dates[m].AddMonths(-12) && l.EndDate <= dates[0]).Sum(l => l.Fte);

    private static ForecastPoint Point(int m, DateOnly[] dates, ForecastSums sums, double agencyFte, ForecastStart start, ForecastScenario scenario, double actualLeavings)
    {
        var employed = sums.Employed[m];
        var spread = Interval80 * Math.Sqrt(sums.Variance[m]);
        var change = m == 0 ? 0 : scenario.EstablishmentChange;
        var vacancy = Math.Max(0, start.VacancyFte + (sums.Employed[0] - employed) + change);
        var expectedLeavings = Enumerable.Range(1, m).Where(k => dates[k] > dates[m].AddMonths(-12)).Sum(k => sums.Leavings[k]);
        var caseHolderFte = (employed * start.EmployedCaseHolderShare) + (agencyFte * start.AgencyCaseHolderShare);
        var cases = start.CasesHeld * (1 + (scenario.DemandChange / 100 * m / 12));
        return new ForecastPoint(
            m,
            dates[m],
            employed,
            employed - spread,
            employed + spread,
            ExperienceBand.All.ToDictionary(b => b, b => sums.ByBand[b][m], StringComparer.Ordinal),
            agencyFte,
            start.EstablishmentFte + change,
            vacancy,
            Rate(vacancy, vacancy + employed),
            Rate(agencyFte, agencyFte + employed),
            Rate(actualLeavings + expectedLeavings, employed),
            caseHolderFte == 0 ? null : cases / caseHolderFte);
    }

    private static double? Rate(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator * 100;
}

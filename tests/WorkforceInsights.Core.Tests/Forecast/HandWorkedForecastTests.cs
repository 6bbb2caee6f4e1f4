using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Forecast;

/// <summary>
/// forecast.md worked by hand on a council of seven. E = 2025-03-31, so the year to E is 2024-04-01 .. 2025-03-31 and
/// D_1 = 2025-04-30, D_2 = 2025-05-31, D_3 = 2025-06-30.
/// </summary>
/// <remarks>
/// The rates. 5+ years: C (1 FTE) left on 2024-09-30. Employed 5+ FTE at the 12 month ends (30 April 2024 .. 28 February
/// 2025, and E): A and B 1 each at all 12, P 0.5 at all 12, C 1 at six (April to September): mean 2 + 0.5 + 0.5 = 3,
/// so L = 1/3 and q = 1/36 a month. ASYE: M (qualified 2024-03-15, ASYE all year) left on 2024-10-31; M is in post at 7
/// month ends and N (qualified 2024-05-15, ASYE up to E) at 10 (June to March): mean 17/12, L = 12/17, q = 1/17.
/// 1-3, 3-5 years and unknown had no one: L = the council's turnover in the year to E, 2 / 3.5 = 4/7, q = 1/21.
/// </remarks>
public class HandWorkedForecastTests
{
    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date
        A,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
        B,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
        C,T1,case_holder,permanent,1,2015-01-01,2024-09-30,resignation,2010-01-01
        M,T1,case_holder,permanent,1,2024-04-01,2024-10-31,resignation,2024-03-15
        N,T1,case_holder,permanent,1,2024-06-01,,,2024-05-15
        P,T1,case_holder,fixed_term,0.5,2016-01-01,2025-05-15,,2010-01-01
        G,T1,case_holder,agency,1,2024-01-01,,,2012-01-01
        H,T1,case_holder,agency,1,2024-06-01,,,
        """;

    // A holds two children on E and agency worker G one: 3 cases, case-holder FTE 2, average caseload 1.5.
    private const string Allocations = """
        child_id,worker_id,start_date,end_date,case_type
        C1,A,2024-01-01,,CIN
        C2,A,2024-02-01,,CP
        C3,G,2024-03-01,,CLA
        """;

    private static readonly DateOnly AsOf = new(2025, 3, 31);

    private static MetricInputs Council() => FixtureCsv.Inputs(
        "team_code,team_name,service_area\nT1,One,Assessment", Workers, Allocations,
        establishment: "team_code,role,establishment_fte\nT1,case_holder,5", extractDate: AsOf);

    private static WorkforceForecast Run(ForecastScenario? scenario = null) => WorkforceForecaster.Run(Council(), AsOf, 3, scenario ?? ForecastScenario.Baseline);

    [Test]
    public void ShouldTakeEachBandsLeavingRateFromTheCouncilsLastYear()
    {
        var rates = Run().Rates;

        Assert.That(rates["5+ years"], Is.EqualTo(1d / 3).Within(1e-12));
        Assert.That(rates["ASYE"], Is.EqualTo(12d / 17).Within(1e-12));
        Assert.That(rates["1-3 years"], Is.EqualTo(4d / 7).Within(1e-12), "no one in the band: the council's turnover");
        Assert.That(rates["unknown"], Is.EqualTo(4d / 7).Within(1e-12));
    }

    [Test]
    public void ShouldProjectEmployedFteFromEachPersonsSurvival()
    {
        // N's survival, month by month (qualified 2024-05-15; f = 1):
        //   D_1 2025-04-30: still ASYE (qualified after 2024-04-30): p(1) = 1 − 1/17 = 16/17
        //   D_2 2025-05-31: now 1-3 years (qualified on or before 2024-05-31): p(2) = 16/17 × (1 − 1/21) = 320/357
        //   D_3 2025-06-30: 1-3 years: p(3) = 320/357 × 20/21
        // A and B (5+ years) survive (35/36)^m each.
        // Planned end: P's only spell ends 2025-05-15, so p = 35/36 at D_1 and 0 from D_2 (2025-05-31 is after it).
        // Replayed joiner: M started 2024-04-01, so joins again on 2025-04-01, in post from D_1 (p = 1) with a qualified
        //   date of 2025-03-15 (ASYE again): 16/17 at D_2, (16/17)² at D_3. N joins again on 2025-06-01: 1 at D_3.
        var points = Run().Points;
        var s = 35d / 36;
        double[] expected =
        [
            1 + 1 + 1 + 0.5,
            (2 * s) + (16d / 17) + (0.5 * s) + 1,
            (2 * s * s) + (320d / 357) + 0 + (16d / 17),
            (2 * s * s * s) + (320d / 357 * 20 / 21) + (16d / 17 * 16 / 17) + 1,
        ];

        Assert.That(points.Select(p => p.EmployedFte), Is.EqualTo(expected).Within(1e-9));
        Assert.That(points[2].EmployedFteByBand["1-3 years"], Is.EqualTo(320d / 357).Within(1e-9), "N moved band at D_2");
    }

    [Test]
    public void ShouldCountExpectedLeavingsInTheRollingTurnover()
    {
        // Month 1 leavings: A and B 2 × 1/36, N 1/17, P 0.5 × 1/36 (M's replay joins in month 1 and counts from month 2).
        // Actual leavings in (D_1 − 12 months, E] = (2024-04-30, 2025-03-31]: C and M, 2 FTE.
        // Month 2 adds P's planned end: its remaining 0.5 × 35/36 leaves.
        var points = Run().Points;
        var s = 35d / 36;
        var month1 = (2d / 36) + (1d / 17) + (0.5 / 36);
        var month2 = (2 * s / 36) + (16d / 17 / 21) + (0.5 * s) + (1d / 17);

        Assert.That(points[0].TurnoverRate, Is.EqualTo(2 / 3.5 * 100).Within(1e-9), "m = 0 is the dashboard's turnover");
        Assert.That(points[1].TurnoverRate, Is.EqualTo((2 + month1) / points[1].EmployedFte * 100).Within(1e-9));
        Assert.That(points[2].TurnoverRate, Is.EqualTo((2 + month1 + month2) / points[2].EmployedFte * 100).Within(1e-9));
    }

    [Test]
    public void ShouldConvertAgencyWorkersLongestServingFirst()
    {
        // One conversion a month: G (agency since 2024-01-01) joins the employed on D_1 with 1 FTE and survives at the
        // 5+ rate from D_2; H (since 2024-06-01, no qualified date) joins on D_2 and survives at 20/21 from D_3.
        var baseline = Run().Points;
        var points = Run(new ForecastScenario(Conversions: 1)).Points;

        Assert.That(points.Select(p => p.AgencyFte), Is.EqualTo(new[] { 2d, 1, 0, 0 }));
        Assert.That(points.Select((p, m) => p.EmployedFte - baseline[m].EmployedFte),
            Is.EqualTo(new[] { 0, 1, (35d / 36) + 1, (35d / 36 * 35 / 36) + (20d / 21) }).Within(1e-9));
        Assert.That(points[1].AgencyRate, Is.EqualTo(1 / (1 + points[1].EmployedFte) * 100).Within(1e-9));
    }

    [Test]
    public void ShouldMoveVacanciesWithTheNetChangeInEmployedFte()
    {
        // V_E = 5 establishment − 3.5 employed = 1.5; then 1.5 + (3.5 − employed at D_m), plus 1 FTE of new posts from D_1.
        var points = Run(new ForecastScenario(EstablishmentChange: 1)).Points;

        Assert.That(points[0].VacancyFte, Is.EqualTo(1.5).Within(1e-9));
        Assert.That(points[2].VacancyFte, Is.EqualTo(1.5 + 3.5 - points[2].EmployedFte + 1).Within(1e-9));
        Assert.That(points[2].EstablishmentFte, Is.EqualTo(6));
        Assert.That(
            WorkforceForecaster.Run(Council(), AsOf, 3, new ForecastScenario(EstablishmentChange: -2)).Points[1].VacancyFte,
            Is.EqualTo(0),
            "2 posts cut: 1.5 + 3.5 − 4.37 − 2 is below 0, and vacancies are never negative");
    }

    [Test]
    public void ShouldScaleCaseloadsByDemandOverTheFteHoldingCases()
    {
        // s_e = 1 (A) / 3.5 employed; s_a = 1 (G) / 2 agency. At m = 0: 3 / (3.5 × 2/7 + 2 × 0.5) = 1.5, the dashboard's.
        // Demand +12% a year: 3 × (1 + 0.12 × 1/12) cases at D_1.
        var points = Run(new ForecastScenario(DemandChange: 12)).Points;

        Assert.That(points[0].AverageCaseload, Is.EqualTo(1.5).Within(1e-9));
        Assert.That(points[1].AverageCaseload, Is.EqualTo(3.03 / ((points[1].EmployedFte * 2 / 7) + 1)).Within(1e-9));
    }

    [Test]
    public void ShouldWidenTheIntervalWithEachPersonsUncertainty()
    {
        // At D_1: A and B 1² × 35/36 × 1/36 each, N 16/17 × 1/17, P 0.5² × 35/36 × 1/36; the replayed M is certain (p = 1).
        var point = Run().Points[1];
        var variance = (2 * 35d / 36 / 36) + (16d / 17 / 17) + (0.25 * 35 / 36 / 36);

        Assert.That(point.EmployedFteHigh - point.EmployedFte, Is.EqualTo(1.2816 * Math.Sqrt(variance)).Within(1e-9));
        Assert.That(point.EmployedFte - point.EmployedFteLow, Is.EqualTo(1.2816 * Math.Sqrt(variance)).Within(1e-9));
    }

    [Test]
    public void ShouldApplyTheLeavingChangeToEveryBand()
    {
        var rates = Run(new ForecastScenario(LeavingChange: -20)).Rates;

        Assert.That(rates["5+ years"], Is.EqualTo(1d / 3 * 0.8).Within(1e-12));
    }
}

using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Forecast;

/// <summary>The rules of forecast.md that the hand-worked council does not reach: a planned end on E, the ASYE intake, targets, the backtest.</summary>
public class ForecastEdgeTests
{
    private const string Teams = "team_code,team_name,service_area\nT1,One,Assessment";

    private static readonly DateOnly AsOf = new(2025, 3, 31);

    // A and B: 5+ years, in post all year. L leaves on E itself (a planned end on E, already an actual leaving).
    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date
        A,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
        B,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
        L,T1,case_holder,permanent,1,2015-01-01,2025-03-31,resignation,2010-01-01
        """;

    private static MetricInputs Council(string workers = Workers) => FixtureCsv.Inputs(Teams, workers, extractDate: AsOf);

    [Test]
    public void ShouldCountAPlannedEndOnE_OnlyAsTheActualLeavingItIs()
    {
        // 5+ years: L's leaving (1 FTE) over a mean of 3 in post: L = 1/3, q = 1/36. L is in post on E (3 employed FTE) and
        // gone from D_1, with no expected leaving: month 1's leavings are A's and B's 2 × 1/36 only.
        var points = WorkforceForecaster.Run(Council(), AsOf, 2, ForecastScenario.Baseline).Points;

        Assert.That(points[0].EmployedFte, Is.EqualTo(3));
        Assert.That(points[1].EmployedFte, Is.EqualTo(2 * 35d / 36).Within(1e-12));
        Assert.That(points[1].TurnoverRate, Is.EqualTo((1 + (2d / 36)) / points[1].EmployedFte * 100).Within(1e-9));
    }

    [Test]
    public void ShouldAddTheAsyeIntakeEachThirtiethOfSeptemberOutsideTheInterval()
    {
        // 2 FTE join in band ASYE on 2025-09-30 = D_6. No ASYE worker in the last year: q_ASYE = turnover / 12 = (1/3) / 12.
        var baseline = WorkforceForecaster.Run(Council(), AsOf, 7, ForecastScenario.Baseline).Points;
        var points = WorkforceForecaster.Run(Council(), AsOf, 7, new ForecastScenario(ExtraAsye: 2)).Points;

        Assert.That(points[5].EmployedFte, Is.EqualTo(baseline[5].EmployedFte));
        Assert.That(points[6].EmployedFte - baseline[6].EmployedFte, Is.EqualTo(2).Within(1e-12));
        Assert.That(points[7].EmployedFte - baseline[7].EmployedFte, Is.EqualTo(2 * (1 - (1d / 3 / 12))).Within(1e-12));
        Assert.That(points[7].EmployedFteByBand["ASYE"], Is.EqualTo(2 * (1 - (1d / 3 / 12))).Within(1e-12));
        Assert.That(points[7].EmployedFteHigh - points[7].EmployedFte, Is.EqualTo(baseline[7].EmployedFteHigh - baseline[7].EmployedFte).Within(1e-12));
    }

    [Test]
    public void ShouldMarkTargetsOnOrOffTrack_AgainstTheForecastOrWhatHappened()
    {
        var inputs = Council();
        var forecast = WorkforceForecaster.Run(inputs, AsOf, 2, ForecastScenario.Baseline);
        PlanTarget[] plan =
        [
            new() { Metric = "WF-EMP-FTE", Date = "2025-05-15", Value = 1.9m }, // D_1's 1.94 is the last before it: on track (higher is better)
            new() { Metric = "WF-TURN", Date = "2025-05-31", Value = 40 },      // D_2's turnover is about 59% ((1 + 2/36 + 2 × 35/36/36) / 1.89): off track
            new() { Metric = "WF-TURN", Date = "2024-12-31", Value = 10 },      // past: the actual turnover then, 0 leavings: on track
            new() { Metric = "WF-TURN", Date = "2025-06-30", Value = 10 },      // after D_2: beyond the horizon, not shown
        ];

        var checks = PlanTracking.Check(plan, forecast, inputs);

        Assert.That(checks.Select(c => (c.Metric, c.OnTrack, c.IsActual)), Is.EqualTo(new[]
        {
            ("WF-TURN", (bool?)true, true),
            ("WF-EMP-FTE", (bool?)true, false),
            ("WF-TURN", (bool?)false, false),
        }));
        Assert.That(checks[1].Gap, Is.EqualTo((2 * 35d / 36) - 1.9).Within(1e-9));
        Assert.That(checks[0].Forecast, Is.EqualTo(0));
    }

    [Test]
    public void ShouldBacktestWithTheDataAsItStoodAYearAgo()
    {
        // A year before E (2024-03-31) L's end was not yet known: the model then saw three open-ended 5+ workers and no
        // leaving in its year, so forecast all three to stay (rate 0); L left, and 2 are in post on E.
        var inputs = Council("""
            worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date
            A,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
            B,T1,case_holder,permanent,1,2015-01-01,,,2010-01-01
            L,T1,case_holder,permanent,1,2015-01-01,2024-12-31,resignation,2010-01-01
            """);
        var backtest = ForecastBacktest.For(inputs, WorkforceForecaster.Run(inputs, AsOf, 12, ForecastScenario.Baseline));

        Assert.That(backtest.AsOf, Is.EqualTo(new DateOnly(2024, 3, 31)));
        Assert.That((backtest.EmployedFte.Forecast, backtest.EmployedFte.Actual, backtest.EmployedFte.Difference), Is.EqualTo(((double?)3, (double?)2, (double?)1)));
        Assert.That(backtest.TurnoverRate.Actual, Is.EqualTo(50).Within(1e-9), "1 leaving FTE over 2 employed");
    }
}

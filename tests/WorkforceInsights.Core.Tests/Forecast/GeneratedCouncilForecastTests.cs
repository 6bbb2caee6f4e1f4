using System.Globalization;
using System.Text;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Forecast;

/// <summary>
/// Each formula of forecast.md restated plainly (a loop per person and month, nothing shared with the model) and checked
/// against the model on councils generated from fixed seeds, and m = 0 against the dashboard's own metrics.
/// </summary>
[TestFixture(11)]
[TestFixture(29)]
[TestFixture(1234)]
public class GeneratedCouncilForecastTests(int seed)
{
    private static readonly DateOnly E = new(2025, 3, 31);
    private const int H = 14;
    private static readonly string[] Bands = ["ASYE", "1-3 years", "3-5 years", "5+ years", "unknown"];

    private MetricInputs _inputs = null!;
    private List<(string Id, bool Employed, double Fte, DateOnly Start, DateOnly? End, DateOnly? Qualified)> _spells = null!;
    private WorkforceForecast _forecast = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        // Each worker has one qualified date (or none) and one or two spells one after the other, employed or agency;
        // some end before E, some on it, some later (planned ends).
        var random = new Random(seed);
        _spells = [];
        for (var w = 0; w < 60; w++)
        {
            DateOnly? qualified = random.Next(6) == 0 ? null : new DateOnly(2012, 1, 1).AddDays(random.Next(4700));
            var start = new DateOnly(2020, 1, 1).AddDays(random.Next(1900));
            for (var s = 0; s < 1 + random.Next(2) && start <= E; s++)
            {
                DateOnly? end = random.Next(3) == 0 ? null : start.AddDays(random.Next(30, 1200));
                _spells.Add(($"W{w:00}", random.Next(4) != 0, new[] { 0.5, 0.8, 1.0 }[random.Next(3)], start, end, qualified));
                if (end is not { } e)
                {
                    break;
                }

                start = e.AddDays(1 + random.Next(3) * random.Next(200));
            }
        }

        var workers = new StringBuilder("worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date\n");
        foreach (var s in _spells)
        {
            workers.AppendLine(CultureInfo.InvariantCulture, $"{s.Id},T1,case_holder,{(s.Employed ? "permanent" : "agency")},{s.Fte},{s.Start:yyyy-MM-dd},{s.End:yyyy-MM-dd},,{s.Qualified:yyyy-MM-dd}");
        }

        var allocations = new StringBuilder("child_id,worker_id,start_date,end_date,case_type\n");
        for (var c = 0; c < 80; c++)
        {
            allocations.AppendLine(CultureInfo.InvariantCulture, $"C{c},W{random.Next(60):00},{E.AddDays(-random.Next(400)):yyyy-MM-dd},,CIN");
        }

        _inputs = FixtureCsv.Inputs("team_code,team_name,service_area\nT1,One,Assessment", workers.ToString(), allocations.ToString(),
            establishment: "team_code,role,establishment_fte\nT1,case_holder,40", extractDate: E);
        _forecast = WorkforceForecaster.Run(_inputs, E, H, ForecastScenario.Baseline);

        // Each seed must reach the rules under test: planned ends, last year's starters and leavers.
        Assert.That(_spells.Count(s => s.Employed && s.Start <= E && s.End > E), Is.GreaterThan(0), "planned ends");
        Assert.That(_spells.Count(s => s.Employed && s.Start > E.AddMonths(-12) && s.Start <= E), Is.GreaterThan(0), "starters");
        Assert.That(Leavings.Count(l => l.End > E.AddMonths(-12)), Is.GreaterThan(0), "leavings");
    }

    private static DateOnly MonthEnd(int m) => m == 0 ? E : new DateOnly(E.Year, E.Month, 1).AddMonths(m + 1).AddDays(-1);

    private static string Band(DateOnly? qualified, DateOnly day) =>
        qualified is not { } q ? "unknown" : q > day.AddMonths(-12) ? "ASYE" : q > day.AddMonths(-36) ? "1-3 years" : q > day.AddMonths(-60) ? "3-5 years" : "5+ years";

    private bool EmployedOn(string id, DateOnly day) =>
        _spells.Any(s => s.Id == id && s.Employed && s.Start <= day && (s.End is null || s.End >= day));

    private double EmployedFteOn(string id, DateOnly day) =>
        _spells.Where(s => s.Id == id && s.Employed && s.Start <= day && (s.End is null || s.End >= day)).Sum(s => s.Fte);

    private IEnumerable<(string Id, bool Employed, double Fte, DateOnly Start, DateOnly? End, DateOnly? Qualified)> Leavings =>
        _spells.Where(s => s.Employed && s.End is { } end && end <= E && !EmployedOn(s.Id, end.AddDays(1)));

    private Dictionary<string, double> Rates()
    {
        var days = Enumerable.Range(0, 12).Select(i => i == 0 ? E : new DateOnly(E.Year, E.Month, 1).AddMonths(1 - i).AddDays(-1)).ToArray();
        var ids = _spells.Select(s => s.Id).Distinct().ToArray();
        var employedOnE = ids.Sum(id => EmployedFteOn(id, E));
        var turnover = employedOnE == 0 ? 0 : Leavings.Where(l => l.End > E.AddMonths(-12)).Sum(l => l.Fte) / employedOnE;
        return Bands.ToDictionary(b => b, b =>
        {
            var mean = days.Sum(d => ids.Where(id => Band(_spells.First(s => s.Id == id).Qualified, d) == b).Sum(id => EmployedFteOn(id, d))) / 12;
            var left = Leavings.Where(l => l.End > E.AddMonths(-12) && Band(l.Qualified, l.End!.Value) == b).Sum(l => l.Fte);
            return mean == 0 ? turnover : left / mean;
        });
    }

    /// <summary>Every projected person's survival at each month, restated: (f, qualified, p(0..H), planned end on E).</summary>
    private List<(double F, DateOnly? Q, double[] P, bool EndOnE, int From)> People()
    {
        var q = Rates().ToDictionary(r => r.Key, r => Math.Min(1, r.Value / 12));
        var people = new List<(double, DateOnly?, double[], bool, int)>();
        foreach (var id in _spells.Where(s => s.Employed && s.Start <= E && (s.End is null || s.End >= E)).Select(s => s.Id).Distinct())
        {
            var current = _spells.Where(s => s.Id == id && s.Employed && (s.End is null || s.End >= E)).ToArray();
            DateOnly? x = current.Any(s => s.End is null) ? null : current.Max(s => s.End);
            people.Add((EmployedFteOn(id, E), current[0].Qualified, Survive(current[0].Qualified, 0, x, q), x == E, 0));
        }

        foreach (var starter in _spells.Where(s => s.Employed && s.Start > E.AddMonths(-12) && s.Start <= E && !EmployedOn(s.Id, s.Start.AddDays(-1))))
        {
            for (var y = 1; y <= 3; y++)
            {
                var joins = Enumerable.Range(0, H + 1).FirstOrDefault(m => MonthEnd(m) >= starter.Start.AddMonths(12 * y), -1);
                if (joins >= 0)
                {
                    var qualified = starter.Qualified?.AddMonths(12 * y);
                    people.Add((starter.Fte, qualified, Survive(qualified, joins, null, q), false, joins));
                }
            }
        }

        return people;
    }

    private static double[] Survive(DateOnly? qualified, int from, DateOnly? plannedEnd, Dictionary<string, double> q)
    {
        var p = new double[H + 1];
        for (var m = from; m <= H; m++)
        {
            p[m] = plannedEnd is { } x && MonthEnd(m) > x ? 0 : m == from ? 1 : p[m - 1] * (1 - q[Band(qualified, MonthEnd(m))]);
        }

        return p;
    }

    [Test]
    public void ShouldTakeTheRatesFromLastYear() =>
        Assert.That(Bands.Select(b => _forecast.Rates[b]), Is.EqualTo(Bands.Select(b => Rates()[b])).Within(1e-9));

    [Test]
    public void ShouldSumEachPersonsExpectedFte()
    {
        var people = People();
        Assert.That(_forecast.Points.Select(p => p.EmployedFte), Is.EqualTo(Enumerable.Range(0, H + 1).Select(m => people.Sum(x => x.F * x.P[m]))).Within(1e-9));
        Assert.That(_forecast.Points.Select(p => p.EmployedFteHigh - p.EmployedFte),
            Is.EqualTo(Enumerable.Range(0, H + 1).Select(m => 1.2816 * Math.Sqrt(people.Sum(x => x.F * x.F * x.P[m] * (1 - x.P[m]))))).Within(1e-9));
        Assert.That(_forecast.Points.Select(p => p.EmployedFteByBand.Values.Sum()), Is.EqualTo(_forecast.Points.Select(p => p.EmployedFte)).Within(1e-9));
    }

    [Test]
    public void ShouldRollTheTurnoverOverActualAndExpectedLeavings()
    {
        var people = People();
        double Expected(int k) => people.Where(x => k > x.From && !x.EndOnE).Sum(x => x.F * (x.P[k - 1] - x.P[k]));
        var turnover = Enumerable.Range(0, H + 1).Select(m =>
            (Leavings.Where(l => l.End > MonthEnd(m).AddMonths(-12)).Sum(l => l.Fte)
             + Enumerable.Range(1, m).Where(k => MonthEnd(k) > MonthEnd(m).AddMonths(-12)).Sum(Expected))
            / people.Sum(x => x.F * x.P[m]) * 100);

        Assert.That(_forecast.Points.Select(p => p.TurnoverRate!.Value), Is.EqualTo(turnover).Within(1e-9));
    }

    [Test]
    public void ShouldStartFromTheDashboardsFigures()
    {
        var metrics = CouncilMetrics.Calculate(_inputs, E);
        var start = _forecast.Points[0];
        double? Metric(string id) => (double?)metrics[id].Value;

        Assert.That(start.EmployedFte, Is.EqualTo(Metric(MetricIds.EmployedFte)).Within(1e-9));
        Assert.That(start.AgencyFte, Is.EqualTo(Metric(MetricIds.AgencyFte)).Within(1e-9));
        Assert.That(start.TurnoverRate, Is.EqualTo(Metric(MetricIds.TurnoverRate)).Within(1e-9));
        Assert.That(start.AgencyRate, Is.EqualTo(Metric(MetricIds.AgencyRate)).Within(1e-9));
        Assert.That(start.VacancyRate, Is.EqualTo(Metric(MetricIds.VacancyRate)).Within(1e-9));
        Assert.That(start.AverageCaseload, Is.EqualTo(Metric(MetricIds.AverageCaseload)).Within(1e-9));
    }

    [Test]
    public void ShouldMoveVacanciesAndAgencyRateWithEmployedFte()
    {
        var v0 = _forecast.Points[0].VacancyFte;
        foreach (var point in _forecast.Points)
        {
            var vacancy = Math.Max(0, v0 + _forecast.Points[0].EmployedFte - point.EmployedFte);
            Assert.That(point.VacancyFte, Is.EqualTo(vacancy).Within(1e-9));
            Assert.That(point.AgencyRate, Is.EqualTo(point.AgencyFte / (point.AgencyFte + point.EmployedFte) * 100).Within(1e-9));
        }
    }
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>
/// metrics.md, "Complete years only": a year-based figure is null ("fewer than 12 months of data") until
/// D − 12 months is on or after the extract's history start H; re-referrals need D − 24 months.
/// </summary>
public class CompleteYearsTests
{
    private const string Teams = "team_code,team_name,service_area\nT1,One,Assessment";

    // L's leaving on 2023-09-30 is the earliest end date: the workers' history starts then (S started long before).
    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date
        L,T1,case_holder,permanent,1,2020-01-01,2023-09-30
        S,T1,case_holder,permanent,1,2020-01-01,
        """;

    private static CouncilMetrics Calculate(string asOf, string workers = Workers, string referrals = "", DateOnly? extractDate = null, HistoryStarts? declared = null) =>
        CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, workers, referrals: referrals, extractDate: extractDate, historyStarts: declared), FixtureCsv.Date(asOf));

    [Test]
    public void ShouldGiveTheTurnover_WhenDMinus12MonthsIsExactlyTheHistoryStart()
    {
        // D = 2024-09-30: D − 12 months = 2023-09-30 = H, covered. L left on D − 12 months, outside the year: 0 / 1 FTE = 0%.
        var metrics = Calculate("2024-09-30");

        Assert.That((metrics[MetricIds.TurnoverRate].Value, metrics[MetricIds.TurnoverRate].ShortHistory), Is.EqualTo(((decimal?)0m, false)));
    }

    [Test]
    public void ShouldGiveNoTurnover_ADayBeforeTheHistoryCoversTheYear()
    {
        // D = 2024-09-29: D − 12 months = 2023-09-29, a day before H. Counted anyway, L's leaving would make a
        // turnover of 100% out of a year the extract does not wholly hold.
        var metrics = Calculate("2024-09-29");

        Assert.That(metrics[MetricIds.TurnoverRate], Is.EqualTo(MetricResult.FewerThanAYear));
        Assert.That((metrics[MetricIds.LeaversHeadcount].Value, metrics[MetricIds.LeaversHeadcount].Numerator), Is.EqualTo(((decimal?)null, 0m)), "no part-year count leaks through the numerator");
        Assert.That(metrics[MetricIds.EmployedFte].Value, Is.EqualTo(1m), "a point-in-time figure needs only D on or after H");
    }

    [Test]
    public void ShouldGiveNoPointInTimeFigure_BeforeTheHistoryStarts() =>
        Assert.That(Calculate("2023-09-29")[MetricIds.EmployedFte].ShortHistory, Is.True);

    [Test]
    public void ShouldInferTheSameStart_WhenAPlannedEndAfterTheExtractDateIsAdded()
    {
        // E = 2024-09-30. F's end on 2025-03-31 is planned, not yet a fact: the earliest end is still L's 2023-09-30.
        var withPlannedEnd = Workers + "\nF,T1,case_holder,fixed_term,1,2020-01-01,2025-03-31";
        var extractDate = FixtureCsv.Date("2024-09-30");

        Assert.That(FixtureCsv.Inputs(Teams, withPlannedEnd, extractDate: extractDate).HistoryStarts,
            Is.EqualTo(FixtureCsv.Inputs(Teams, Workers, extractDate: extractDate).HistoryStarts));
        Assert.That(Calculate("2024-09-30", withPlannedEnd, extractDate: extractDate)[MetricIds.TurnoverRate].ShortHistory, Is.False);
    }

    [Test]
    public void ShouldStartTheWorkersHistoryAtTheEarliestStart_WhenNoSpellHasEnded() =>
        Assert.That(FixtureCsv.Inputs(Teams, "worker_id,team_code,role,employment_type,fte,start_date\nS,T1,case_holder,permanent,1,2020-01-01").HistoryStarts.Workers,
            Is.EqualTo(FixtureCsv.Date("2020-01-01")));

    [Test]
    public void ShouldTakeTheManifestsHistoryStart_OverTheInferredOne()
    {
        // Inferred H = 2023-09-30 would give the turnover on 2024-09-30; manifest.json says the workers' history is
        // complete only from 2024-01-01, so it is null until 2025-01-01. An earlier declared start gives it sooner.
        var later = new HistoryStarts(Workers: FixtureCsv.Date("2024-01-01"));
        var earlier = new HistoryStarts(Workers: FixtureCsv.Date("2022-01-01"));

        Assert.That(Calculate("2024-09-30", declared: later)[MetricIds.TurnoverRate].ShortHistory, Is.True);
        Assert.That(Calculate("2025-01-01", declared: later)[MetricIds.TurnoverRate].ShortHistory, Is.False);
        Assert.That(Calculate("2023-03-31", declared: earlier)[MetricIds.TurnoverRate].Value, Is.EqualTo(0m), "2023-03-31: L and S in post, no leaving in the year: 0 / 2 FTE");
    }

    [TestCase("2023-09-30", false, true, Description = "D − 12 months = 2022-09-30, before H: referrals null too")]
    [TestCase("2023-10-01", true, true, Description = "D − 12 months = H: referrals given; D − 24 months is not")]
    [TestCase("2024-09-30", true, true, Description = "D − 24 months = 2022-09-30, a day before H")]
    [TestCase("2024-10-01", true, false, Description = "D − 24 months = H: re-referrals given")]
    public void ShouldWaitTwoYearsForReReferrals(string asOf, bool referralsGiven, bool reReferralsNull)
    {
        // The referrals' history starts on 2022-10-01. A referral needs its own 12 months of look-back to be known
        // not to be a re-referral, so a re-referral figure needs two years.
        var metrics = Calculate(asOf, referrals: """
            referral_id,child_id,referral_date
            A,C1,2022-10-01
            B,C1,2023-06-01
            """);

        Assert.That(metrics[MetricIds.Referrals].ShortHistory, Is.Not.EqualTo(referralsGiven));
        Assert.That((metrics[MetricIds.ReReferrals].ShortHistory, metrics[MetricIds.ReReferralRate].ShortHistory), Is.EqualTo((reReferralsNull, reReferralsNull)));
    }

    [Test]
    public void ShouldGateNothing_OnAKindWithNoRows() =>
        Assert.That((Calculate("2024-09-30")[MetricIds.Referrals].Value, Calculate("2024-09-30")[MetricIds.ReReferralRate].ShortHistory), Is.EqualTo(((decimal?)0m, false)));

    [Test]
    public void ShouldStoreNoLeaversByReason_UntilTheWorkersHistoryCoversTheYear()
    {
        // K leaves on 2024-03-31, inside the year to both dates; only 2024-09-30's year is covered.
        var inputs = FixtureCsv.Inputs(Teams, Workers + "\nK,T1,case_holder,permanent,1,2020-01-01,2024-03-31");

        var early = MetricSeriesCalculator.ResultsOf(inputs, FixtureCsv.Date("2024-08-31"));
        var covered = MetricSeriesCalculator.ResultsOf(inputs, FixtureCsv.Date("2024-09-30"));

        Assert.That(early.Leavers, Is.Empty);
        Assert.That(early.Points.Where(p => p.MetricId == MetricIds.TurnoverRate).Select(p => p.Result.ShortHistory), Is.Not.Empty.And.All.True);
        Assert.That(covered.Leavers.Where(l => l.Dimension == Dimension.Council).Select(l => l.Row.Leavings), Is.EqualTo(new[] { 1 }));
        Assert.That(covered.Points.Where(p => p.MetricId == MetricIds.TurnoverRate).Select(p => p.Result.ShortHistory), Has.None.True);
    }
}

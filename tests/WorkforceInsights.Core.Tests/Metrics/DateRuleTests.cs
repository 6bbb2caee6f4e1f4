using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>
/// metrics.md date rules: the year to D is (D − 12 calendar months, D]; in post includes the end date. The history is
/// declared complete from 2000 (<see cref="FixtureCsv.LongHistory"/>), so only the date rule under test decides.
/// </summary>
public class DateRuleTests
{
    private const string Teams = "team_code,team_name,service_area\nT1,One,Assessment";

    private static CouncilMetrics Calculate(string workers, string asOf, string referrals = "") =>
        CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, workers, referrals: referrals, historyStarts: FixtureCsv.LongHistory), FixtureCsv.Date(asOf));

    [Test]
    public void ShouldCountASpellEndingOnD_AsInPostAndAsALeavingInTheYear()
    {
        // L ends on D: in post on D (employed FTE 2 with S), and its leaving falls in the year: 1 / 2 = 50%.
        var metrics = Calculate("""
            worker_id,team_code,role,employment_type,fte,start_date,end_date
            L,T1,case_holder,permanent,1,2020-01-01,2024-09-30
            S,T1,case_holder,permanent,1,2020-01-01,
            """, "2024-09-30");

        Assert.That((metrics["WF-EMP-FTE"].Value, metrics["WF-TURN"].Value), Is.EqualTo(((decimal?)2m, (decimal?)50m)));
    }

    [TestCase("2023-09-30", 0, Description = "exactly D - 12 months: outside the year")]
    [TestCase("2023-10-01", 1, Description = "a day later: inside")]
    public void ShouldApplyTheYearBoundaryAtDMinus12Months(string endDate, int leavers)
    {
        var metrics = Calculate($"""
            worker_id,team_code,role,employment_type,fte,start_date,end_date
            L,T1,case_holder,permanent,1,2020-01-01,{endDate}
            S,T1,case_holder,permanent,1,2020-01-01,
            """, "2024-09-30");

        Assert.That(metrics["WF-LVR-HC"].Value, Is.EqualTo(leavers));
    }

    [TestCase("2024-02-29", "2023-02-28", 0, Description = "29 Feb minus 12 months is 28 Feb 2023: a leaving that day is outside")]
    [TestCase("2024-02-29", "2023-03-01", 1, Description = "1 March 2023 is inside")]
    [TestCase("2025-02-28", "2024-02-29", 1, Description = "D = 28 Feb 2025: the year starts after 28 Feb 2024, so 29 Feb 2024 is inside")]
    [TestCase("2025-02-28", "2024-02-28", 0, Description = "28 Feb 2024 is D - 12 months: outside")]
    public void ShouldHandle29February(string asOf, string endDate, int leavers)
    {
        var metrics = Calculate($"""
            worker_id,team_code,role,employment_type,fte,start_date,end_date
            L,T1,case_holder,permanent,1,2020-01-01,{endDate}
            S,T1,case_holder,permanent,1,2020-01-01,
            """, asOf);

        Assert.That(metrics["WF-LVR-HC"].Value, Is.EqualTo(leavers));
    }

    [TestCase("2024-02-28", true, Description = "exactly 12 months before 2025-02-28")]
    [TestCase("2024-02-27", false, Description = "12 months and a day before")]
    [TestCase("2025-02-28", false, Description = "the same day is never a re-referral")]
    public void ShouldFlagReReferralsWithin12MonthsAcross29February(string earlier, bool isReReferral)
    {
        var metrics = Calculate("worker_id,team_code,role,employment_type,fte,start_date", "2025-02-28", $"""
            referral_id,child_id,referral_date
            A,C1,{earlier}
            B,C1,2025-02-28
            """);

        // B is in the year to D; A is too when it falls inside (same day). Re-referrals: B only if within 12 months.
        Assert.That(metrics["REF-RE"].Value, Is.EqualTo(isReReferral ? 1 : 0));
    }

    [TestCase("2024-05-09", 1, Description = "the day before the child's first allocation: the referral has led to none yet")]
    [TestCase("2024-05-10", 0, Description = "the day it starts")]
    [TestCase("2024-12-31", 0, Description = "a later date")]
    public void ShouldCountAReferralAsLeadingToNoAllocation_AsAtD(string asOf, int referrals)
    {
        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, """
            worker_id,team_code,role,employment_type,fte,start_date
            W,T1,case_holder,permanent,1,2020-01-01
            """, allocations: """
            child_id,worker_id,start_date,end_date,case_type
            C1,W,2024-05-10,,CIN
            """, referrals: """
            referral_id,child_id,referral_date
            A,C1,2024-05-01
            """, historyStarts: FixtureCsv.LongHistory), FixtureCsv.Date(asOf));

        Assert.That(metrics["REF-NO-ALLOC"].Value, Is.EqualTo(referrals), "a figure for D uses what was true on D: a later allocation does not rewrite it");
    }
}

using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Forecast;

/// <summary>forecast.md, "Early-career cohorts", worked by hand with E = 2025-03-31 and an ASYE caseload target of 2.</summary>
public class EarlyCareerCohortTests
{
    // Cohort 2023 (started 2022-10-01 .. 2023-09-30): N1 (ASYE: qualified 2022-07-01) is still employed; N2 (ASYE) left
    // on 2023-06-30, before 12 months; X (qualified 2015: 5+ years) is a starter but not early-career.
    // Cohort 2024: N3 started 2023-10-01, ASYE. Cohort 2025: N4 started 2024-10-01 (on E, 24 months not reached).
    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date
        N1,T1,case_holder,permanent,1,2022-10-01,,,2022-07-01
        N2,T1,case_holder,permanent,0.5,2023-01-01,2023-06-30,resignation,2022-09-01
        X,T1,case_holder,permanent,1,2023-02-01,,,2015-01-01
        N3,T1,case_holder,permanent,1,2023-10-01,2024-05-31,resignation,2023-07-01
        N4,T1,case_holder,permanent,1,2024-10-01,,,2024-07-01
        """;

    // N1 holds three children at their first month end (2022-10-31) and one from then on: above the target of 2 once.
    private const string Allocations = """
        child_id,worker_id,start_date,end_date,case_type
        C1,N1,2022-10-01,,CIN
        C2,N1,2022-10-01,2022-11-15,CIN
        C3,N1,2022-10-01,2022-11-15,CP
        """;

    [Test]
    public void ShouldFollowEachYearsAsyeStarters()
    {
        var inputs = FixtureCsv.Inputs("team_code,team_name,service_area\nT1,One,Assessment", Workers, Allocations, extractDate: new DateOnly(2025, 3, 31));

        var cohorts = EarlyCareerCohorts.For(inputs, new DateOnly(2025, 3, 31), 2);

        Assert.That(cohorts.Select(c => (c.Year, c.Starters, c.StartersFte)), Is.EqualTo(new[] { (2023, 2, 1.5), (2024, 1, 1.0), (2025, 1, 1.0) }));
        // 2023: N1 in post on 2023-10-01, N2 not on 2024-01-01: 50%; 24 months on is 2024-10-01 / 2025-01-01, both by E.
        Assert.That((cohorts[0].Retained12, cohorts[0].Retained24, cohorts[0].Retained36), Is.EqualTo(((double?)50, (double?)50, (double?)null)));
        Assert.That((cohorts[1].Retained12, cohorts[1].Retained24), Is.EqualTo(((double?)0, (double?)null)), "N3 left; 2025-10-01 is after E");
        Assert.That(cohorts[2].Retained12, Is.Null, "2025-10-01 is after E");
        // Month 1 is each starter's first month end: N1's 2022-10-31 (3 cases, 1 FTE) and N2's 2023-01-31 (no case, so
        // not a case holder): 3. Month 2: N1 holds 1 on 2022-11-30 (C2 and C3 closed on 15 November): 1.
        Assert.That(cohorts[0].AverageCaseloadByMonth.Take(2), Is.EqualTo(new double?[] { 3, 1 }));
        Assert.That(cohorts[0].AboveAsyeTarget, Is.EqualTo(1));
        Assert.That(cohorts[2].AverageCaseloadByMonth[6], Is.Null, "N4's 7th month end, 2025-04-30, is after E");
    }
}

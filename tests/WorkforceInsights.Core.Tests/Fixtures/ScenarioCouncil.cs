namespace WorkforceInsights.Core.Tests.Fixtures;

/// <summary>
/// A small council built by hand so that every figure can be worked out on paper, as extract
/// files. Core tests read it in memory; the CLI tests import the same files and read the same
/// figures from `wi metrics --format json`. Reporting date D = 2024-09-30, so the year to D is
/// 2023-10-01 .. 2024-09-30 and D − 12 months = 2023-09-30.
/// </summary>
public static class ScenarioCouncil
{
    public const string AsOf = "2024-09-30";

    public const string Teams = """
        team_code,team_name,service_area,locality
        T1,Assessment North,Assessment,Northbridge
        T2,Family Safeguarding East,Family Safeguarding,Eastcombe
        """;

    // A1 stays all along. A2 leaves on D itself (in post on D, and a leaving in the year).
    // A3 moves team (not a leaving). A4 changes role and fixed-term to permanent (not a leaving).
    // A5 converts from agency to permanent (a starter, not an agency leaving). A6 moves from
    // employed to agency work (a leaving). A7 leaves, rejoins and leaves again (two leavings, one
    // starter). A8 holds two part-time spells, one ends while the other carries on (not a leaving).
    // P1, P2 are adult practitioners: never counted. B1 leaves exactly on D − 12 months (outside
    // the year), B2 a day later (inside). M1 manages A1, A2, A6 and A8.
    public const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date,line_manager_id
        M1,T1,first_line_manager,permanent,1,2015-01-01,,,2005-01-01,
        A1,T1,case_holder,permanent,1,2020-01-01,,,2015-06-01,M1
        A2,T1,case_holder,permanent,1,2022-01-01,2024-09-30,resignation,2021-07-01,M1
        A3,T1,case_holder,permanent,1,2019-05-01,2024-03-31,,2018-01-01,
        A3,T2,case_holder,permanent,1,2024-04-01,,,2018-01-01,
        A4,T2,case_holder,fixed_term,0.5,2021-01-01,2024-05-31,,,
        A4,T2,senior_practitioner,permanent,0.5,2024-06-01,,,,
        A5,T2,case_holder,agency,1,2023-01-01,2024-06-30,,2024-01-15,
        A5,T2,case_holder,permanent,1,2024-07-01,,,2024-01-15,
        A6,T1,case_holder,permanent,1,2018-01-01,2024-01-31,resignation,2016-01-01,
        A6,T1,case_holder,agency,1,2024-02-01,,,2016-01-01,M1
        A7,T1,case_holder,permanent,0.8,2019-01-01,2023-12-31,resignation,2012-01-01,
        A7,T1,case_holder,permanent,0.8,2024-03-01,2024-08-31,retired,2012-01-01,
        A8,T1,case_holder,permanent,0.5,2020-01-01,,,2010-01-01,M1
        A8,T2,case_holder,permanent,0.5,2020-01-01,2024-06-30,,2010-01-01,
        P1,T2,adult_practitioner,permanent,1,2020-01-01,2024-02-29,resignation,,
        P2,T2,adult_practitioner,permanent,1,2020-01-01,,,,
        B1,T2,case_holder,permanent,1,2020-01-01,2023-09-30,resignation,2010-01-01,
        B2,T2,case_holder,permanent,1,2020-01-01,2023-10-01,resignation,2010-01-01,
        """;

    public const string Establishment = """
        team_code,role,establishment_fte
        T1,case_holder,4
        T2,case_holder,3
        T1,first_line_manager,1
        T2,adult_practitioner,2
        """;

    // C1: A7 then A1 (2 workers). C2: co-allocated to A1 and A3 (a case for each). C3: A2's
    // allocation ends exactly on D − 12 months (outside the year), then A6, then A5 (2 workers).
    // C4: three workers, none open a year ago. C5: A3 all year across A3's team move (1 worker).
    // C6: only an adult practitioner (not in the children's measures; in demand). C7: A7, who has
    // left: not a case, a data-quality warning, but still a social worker for the child.
    // C8: two open allocations to A4 the same day: one case, counted as CP.
    public const string Allocations = """
        child_id,worker_id,start_date,end_date,case_type
        C1,A7,2023-06-01,2023-12-31,CIN
        C1,A1,2024-01-01,,CIN
        C2,A1,2023-01-01,,CP
        C2,A3,2024-05-01,,CP
        C3,A2,2023-05-01,2023-09-30,CLA
        C3,A6,2023-10-01,2024-07-31,CLA
        C3,A5,2024-08-01,,CLA
        C4,A8,2023-11-01,2024-02-29,CIN
        C4,A4,2024-03-01,2024-06-30,CIN
        C4,A2,2024-07-01,,CP
        C5,A3,2022-01-01,,CLA
        C6,P2,2024-01-01,,CIN
        C7,A7,2024-03-01,,CL
        C8,A4,2024-09-01,,CIN
        C8,A4,2024-09-01,,CP
        """;

    // R00 starts the referrals' history before D − 24 months (2022-09-30), so the re-referral figures, which
    // need two years (metrics.md, "Complete years only"), are given on D; it is outside the year and C11's only one.
    // R1 is exactly 12 months after R0 (a re-referral). R2 is 12 months and a day after R2a (not).
    // R3 and R3b are the same day (neither). R4 follows R4a within the year (a re-referral); C9
    // was never allocated. R5 is on D − 12 months: outside the year.
    public const string Referrals = """
        referral_id,child_id,referral_date,source
        R00,C11,2022-09-01,Other
        R0,C1,2022-10-15,Police
        R1,C1,2023-10-15,School
        R2a,C2,2023-03-09,Health
        R2,C2,2024-03-10,Health
        R3,C3,2024-05-01,Police
        R3b,C3,2024-05-01,Police
        R4a,C9,2024-01-01,School
        R4,C9,2024-09-30,School
        R5,C10,2023-09-30,Other
        """;

    /// <summary>
    /// The figures worked out by hand, by their `wi metrics --format json` path. The histories start (inferred, metrics.md
    /// "Complete years only") on 2023-09-30 for workers (B1's end, exactly D − 12 months: covered), 2022-01-01 for
    /// allocations and 2022-09-01 for referrals (R00, before D − 24 months): every figure is given on D.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal?> Expected { get; } = new Dictionary<string, decimal?>
    {
        // In post on D: M1 1, A1 1, A2 1, A3 1, A4 0.5, A5 1, A8 0.5 employed; A6 1 agency.
        ["workforce.employedFte"] = 6.0m,
        ["workforce.agencyFte"] = 1.0m,
        ["workforce.employedHeadcount"] = 7,
        ["workforce.agencyHeadcount"] = 1,
        // Leavings in the year: A2 1 (on D), A6 1 (to agency), A7 0.8 twice, B2 1 = 4.6 FTE, 5 leavings.
        ["workforce.leaversFte"] = 4.6m,
        ["workforce.leaversHeadcount"] = 5,
        // Starters in the year: A5 1 (agency to permanent), A7 0.8 (rejoined).
        ["workforce.startersFte"] = 1.8m,
        ["workforce.startersHeadcount"] = 2,
        ["workforce.turnoverRate"] = 4.6m / 6.0m * 100,           // 76.67
        ["workforce.agencyRate"] = 1.0m / 7.0m * 100,             // 14.29
        // Vacancies: T1 case_holder 4 - 2.5 (A1, A2, A8) = 1.5; T2 case_holder 3 - 2 (A3, A5) = 1; T1 manager 0.
        ["workforce.vacancyFte"] = 2.5m,
        ["workforce.vacancyRate"] = 2.5m / 8.5m * 100,            // 29.41
        // Employed on D and employed a year before: all but A5 (agency then) = 6 of 7.
        ["workforce.stabilityIndex"] = 6m / 7m * 100,             // 85.71
        // Cases: A1 C1 C2, A3 C2 C5, A5 C3, A2 C4, A4 C8 = 7; holders' FTE 1 + 1 + 1 + 1 + 0.5 = 4.5.
        ["caseload.casesHeld"] = 7,
        ["caseload.caseHolderFte"] = 4.5m,
        ["caseload.averageCaseload"] = 7m / 4.5m,                 // 1.56
        ["caseload.byExperienceBand.ASYE"] = 1,                   // A5: 1 case, 1 FTE
        ["caseload.byExperienceBand.1-3 years"] = null,           // nobody
        ["caseload.byExperienceBand.3-5 years"] = 1,              // A2 (qualified 2021-07-01)
        ["caseload.byExperienceBand.5+ years"] = 2,               // A1 and A3: 4 cases, 2 FTE
        ["caseload.byExperienceBand.unknown"] = 2,                // A4: 1 case, 0.5 FTE
        // Children with a social worker on D: C1 C2 C3 C4 C5 C7 C8 (not C6).
        ["children.childrenOpen"] = 7,
        ["children.workersPerChild.1"] = 3,                       // C5, C7, C8
        ["children.workersPerChild.2"] = 3,                       // C1, C2, C3
        ["children.workersPerChild.3+"] = 1,                      // C4
        ["children.threePlusRate"] = 1m / 7m * 100,
        ["children.sameWorkerRate"] = 25,                         // open a year ago: C1 C2 C3 C5; one worker: C5
        // In the year: R1 R2 R3 R3b R4a R4 = 6; re-referrals R1, R4.
        ["referrals.referrals"] = 6,
        ["referrals.reReferrals"] = 2,
        ["referrals.reReferralRate"] = 2m / 6m * 100,
        // Children open on D to anyone, by main case type: CIN C1 C6; CP C2 C4 C8; CLA C3 C5; CL C7.
        ["demand.CIN"] = 2,
        ["demand.CP"] = 3,
        ["demand.CLA"] = 2,
        ["demand.CL"] = 1,
    };
}

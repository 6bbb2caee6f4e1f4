namespace WorkforceInsights.Core.Tests.Fixtures;

/// <summary>
/// A hand-worked council for "Changes of social worker" (metrics.md), reported on D = 30 September 2024: the year
/// to D is 1 October 2023 to 30 September 2024. One child per rule, each worked out in its comment. Shared by the
/// Core test and the CLI test that imports it as CSV.
/// </summary>
public static class ChangesCouncil
{
    public const string AsOf = "2024-09-30";

    public const string Teams = """
        team_code,team_name,service_area
        T1,Assessment One,Assessment
        T2,Long Term Two,Family Safeguarding
        """;

    // V1 leaves on 31 May 2024. V2 moves from T1 to T2 on 1 April 2024. The rest stay in post.
    public const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date,end_date,leaving_reason
        V1,T1,case_holder,permanent,1,2020-01-01,2024-05-31,resignation
        V2,T1,case_holder,permanent,1,2020-01-01,2024-03-31,
        V2,T2,case_holder,permanent,1,2024-04-01,,
        V3,T1,case_holder,permanent,1,2020-01-01,,
        V4,T1,case_holder,permanent,1,2020-01-01,,
        W1,T1,case_holder,permanent,1,2020-01-01,,
        W2,T2,case_holder,permanent,1,2020-01-01,,
        W3,T2,case_holder,permanent,1,2020-01-01,,
        """;

    // C1  LEFTRL: W1 takes over on 1 June; V1 (ended 31 May, within 30 days) has no spell in post on 1 June.
    // C2  ORGRST: W2 takes over on 1 May; V2 is in post (T2) but was in T1 when its allocation began (1 January).
    // C3  TSPROC: W3 (T2) takes over on 1 July from V3, still in post in T1 as on its own start: the child moved team.
    // C4  MANAGE: W1 (T1) takes over on 1 May from V4 (T1, in post, same team throughout).
    // C5  CHCHAN, recorded: as C4, but the new allocation records "chchan" (codes match whatever their case): recorded wins.
    // C6  MANAGE: a co-worker added. W1 joins on 1 March while V4's allocation stays open: the previous allocation is
    //     V4's (open, so it ends latest), so by the rule this is a change; V4 in post, both in T1.
    // C7  none: V4 carries on with a new allocation row on 1 May (V4's first row is open on 30 April, the day before).
    // C8  MANAGE: V3's allocation ended 1 May; W1 starts 31 May: 31 May - 30 days = 1 May, and it ended on or after that.
    // C9  none: V3's ended 1 May; W1 starts 1 June: 1 June - 30 days = 2 May, after the end: a new episode.
    // C10 none in the year: the change is on 30 September 2023, which is D - 12 months, outside the year.
    // C11 MANAGE: the change is on 30 September 2024, D itself, inside the year.
    public const string Allocations = """
        child_id,worker_id,start_date,end_date,case_type,change_reason
        C1,V1,2024-01-01,2024-05-31,CIN,
        C1,W1,2024-06-01,,CIN,
        C2,V2,2024-01-01,,CP,
        C2,W2,2024-05-01,,CP,
        C3,V3,2024-02-01,2024-06-30,CIN,
        C3,W3,2024-07-01,,CLA,
        C4,V4,2024-02-01,2024-04-30,CP,
        C4,W1,2024-05-01,,CP,
        C5,V4,2024-02-01,2024-04-30,CIN,
        C5,W1,2024-05-01,,CIN,chchan
        C6,V4,2024-01-01,,CIN,
        C6,W1,2024-03-01,,CIN,
        C7,V4,2024-01-01,2024-04-30,CIN,
        C7,V4,2024-05-01,,CP,
        C8,V3,2024-01-01,2024-05-01,CIN,
        C8,W1,2024-05-31,,CIN,
        C9,V3,2024-01-01,2024-05-01,CIN,
        C9,W1,2024-06-01,,CIN,
        C10,V3,2023-01-01,2023-09-29,CIN,
        C10,W1,2023-09-30,,CIN,
        C11,V3,2024-01-01,2024-09-29,CIN,
        C11,W1,2024-09-30,,CIN,
        """;

    /// <summary>C1, C2, C3, C4, C5, C6, C8 and C11: eight changes in the year, one recorded.</summary>
    public static IReadOnlyDictionary<string, int> ExpectedByReason { get; } = new Dictionary<string, int>
    {
        ["MANAGE"] = 4, // C4, C6, C8, C11
        ["FCONTA"] = 0,
        ["LEFTRL"] = 1, // C1
        ["ORGRST"] = 1, // C2
        ["TSPROC"] = 1, // C3
        ["ABSENC"] = 0,
        ["CHCHAN"] = 1, // C5
        ["PCCHAN"] = 0,
        ["SWDIED"] = 0,
        ["OTHERS"] = 0,
    };
}

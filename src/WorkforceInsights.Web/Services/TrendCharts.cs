namespace WorkforceInsights.Web.Services;

/// <summary>The charts of each trend page, each with the metrics it plots (titles come from the metric definitions).</summary>
public static class TrendCharts
{
    public static IReadOnlyList<(string Title, string[] MetricIds)> Workforce { get; } =
    [
        ("Turnover rate, rolling 12 months", ["WF-TURN"]),
        ("Starters and leavers in the year (FTE)", ["WF-STR-FTE", "WF-LVR-FTE"]),
        ("Agency social workers", ["WF-AGY-HC", "WF-AGY-FTE"]),
        ("Agency worker rate and vacancy rate", ["WF-AGY-RATE", "WF-VAC-RATE"]),
        ("Stability index", ["WF-STAB"]),
    ];

    public static IReadOnlyList<(string Title, string[] MetricIds)> Children { get; } =
    [
        ("Children with 3+ social workers in the year", ["CH-3P-RATE", "CH-CLA-3P-RATE"]),
        ("Same social worker for 12 months", ["CH-SAME-RATE"]),
        ("Children by social workers in the year", ["CH-W1", "CH-W2", "CH-W3P"]),
    ];

    /// <summary>Changes of social worker: all and recorded (how complete the recording is), and each reason's trend.</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> Changes { get; } =
    [
        ("Changes of social worker in the year, and those with a recorded reason", ["CH-CHG", "CH-CHG-REC"]),
        ("Changes in the year: the reasons in the council's gift and not", ["CH-CHG-LEFTRL", "CH-CHG-ORGRST", "CH-CHG-TSPROC", "CH-CHG-MANAGE"]),
        ("Changes in the year: the other reasons", ["CH-CHG-FCONTA", "CH-CHG-ABSENC", "CH-CHG-CHCHAN", "CH-CHG-PCCHAN", "CH-CHG-SWDIED", "CH-CHG-OTHERS"]),
    ];

    /// <summary>Referrals have no team: the referral charts show the whole council; demand splits by team.</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> ReferralsAndDemand { get; } =
    [
        ("Re-referral rate, rolling 12 months", ["REF-RATE"]),
        ("Referrals in the year: re-referrals, and those that led to no allocation", ["REF-COUNT", "REF-RE", "REF-NO-ALLOC"]),
        ("Open cases: child in need and child protection", ["DEM-CIN", "DEM-CP"]),
        ("Open cases: looked after and care leavers", ["DEM-CLA", "DEM-CL"]),
    ];

    /// <summary>The title of the chart that plots exactly these metrics; else the metrics' own titles.</summary>
    public static string TitleFor(IReadOnlyList<string> metricIds) =>
        Workforce.Concat(Children).Concat(ReferralsAndDemand).FirstOrDefault(c => c.MetricIds.SequenceEqual(metricIds)).Title
        ?? string.Join(" and ", metricIds.Select(id => Core.Metrics.MetricCatalog.Get(id).Info.Title));
}

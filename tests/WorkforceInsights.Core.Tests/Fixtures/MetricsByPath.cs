using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Tests.Fixtures;

/// <summary>Reads a council's figures by the JSON path names of cli.md, to compare with <see cref="ScenarioCouncil.Expected"/>.</summary>
public static class MetricsByPath
{
    private static readonly Dictionary<string, string> s_ids = new()
    {
        ["workforce.employedFte"] = "WF-EMP-FTE", ["workforce.agencyFte"] = "WF-AGY-FTE", ["workforce.employedHeadcount"] = "WF-EMP-HC",
        ["workforce.agencyHeadcount"] = "WF-AGY-HC", ["workforce.leaversFte"] = "WF-LVR-FTE", ["workforce.leaversHeadcount"] = "WF-LVR-HC",
        ["workforce.startersFte"] = "WF-STR-FTE", ["workforce.startersHeadcount"] = "WF-STR-HC", ["workforce.turnoverRate"] = "WF-TURN",
        ["workforce.agencyRate"] = "WF-AGY-RATE", ["workforce.vacancyFte"] = "WF-VAC-FTE", ["workforce.vacancyRate"] = "WF-VAC-RATE",
        ["workforce.stabilityIndex"] = "WF-STAB", ["caseload.casesHeld"] = "CASE-HELD", ["caseload.caseHolderFte"] = "CASE-FTE",
        ["caseload.averageCaseload"] = "CASE-AVG", ["children.childrenOpen"] = "CH-OPEN", ["children.workersPerChild.1"] = "CH-W1",
        ["children.workersPerChild.2"] = "CH-W2", ["children.workersPerChild.3+"] = "CH-W3P", ["children.threePlusRate"] = "CH-3P-RATE",
        ["children.sameWorkerRate"] = "CH-SAME-RATE", ["referrals.referrals"] = "REF-COUNT", ["referrals.reReferrals"] = "REF-RE",
        ["referrals.reReferralRate"] = "REF-RATE", ["demand.CIN"] = "DEM-CIN", ["demand.CP"] = "DEM-CP", ["demand.CLA"] = "DEM-CLA", ["demand.CL"] = "DEM-CL",
    };

    public static decimal? Get(CouncilMetrics metrics, string path)
    {
        const string band = "caseload.byExperienceBand.";
        return path.StartsWith(band, StringComparison.Ordinal) ? metrics.AverageCaseloadByBand[path[band.Length..]].Value : metrics[s_ids[path]].Value;
    }
}

using CsvHelper.Configuration;

namespace WorkforceInsights.Web.Services;

// The rows of rebalance.csv, rebalance-loads.csv and handovers.csv and their class maps. The moves and the handovers
// are child-level rows (ids, no counts of people), so no small number is withheld from them; a case holder's load is
// a count of cases, withheld from 1 to 4 as in the case holders' CSV. Who may download them is decided by
// BalancingDownload.

/// <summary>A row of rebalance.csv: one proposed move.</summary>
public sealed record RebalanceCsvRow(string ChildIds, string? FamilyId, string FromWorkerId, string ToWorkerId, string Weight, string ContinuityDays);

public sealed class RebalanceCsvMap : ClassMap<RebalanceCsvRow>
{
    public RebalanceCsvMap()
    {
        Map(r => r.ChildIds).Name("child_ids");
        Map(r => r.FamilyId).Name("family_id");
        Map(r => r.FromWorkerId).Name("from_worker_id");
        Map(r => r.ToWorkerId).Name("to_worker_id");
        Map(r => r.Weight).Name("weight");
        Map(r => r.ContinuityDays).Name("continuity_days");
    }
}

/// <summary>A row of rebalance-loads.csv: one case holder's load before and after the plan.</summary>
public sealed record RebalanceLoadCsvRow(string WorkerId, string TeamCode, string Threshold, string LoadBefore, string LoadAfter, string Changed);

public sealed class RebalanceLoadCsvMap : ClassMap<RebalanceLoadCsvRow>
{
    public RebalanceLoadCsvMap()
    {
        Map(r => r.WorkerId).Name("worker_id");
        Map(r => r.TeamCode).Name("team_code");
        Map(r => r.Threshold).Name("threshold");
        Map(r => r.LoadBefore).Name("load_before");
        Map(r => r.LoadAfter).Name("load_after");
        Map(r => r.Changed).Name("changed_by_plan");
    }
}

/// <summary>A row of handovers.csv: one child about to lose their worker.</summary>
public sealed record HandoverCsvRow(string ChildId, string WorkerId, string TeamCode, string LastDay, string ThirdWorkerRisk);

public sealed class HandoverCsvMap : ClassMap<HandoverCsvRow>
{
    public HandoverCsvMap()
    {
        Map(r => r.ChildId).Name("child_id");
        Map(r => r.WorkerId).Name("worker_id");
        Map(r => r.TeamCode).Name("team_code");
        Map(r => r.LastDay).Name("last_day");
        Map(r => r.ThirdWorkerRisk).Name("third_worker_risk");
    }
}

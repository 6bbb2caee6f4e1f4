namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// The ids of the metrics that other code names (a page, the pack, a target), as constants, so code names a metric by a
/// symbol rather than by a string written again. A test checks each names a metric of the catalogue; a metric that no
/// other code names needs none.
/// </summary>
public static class MetricIds
{
    // Workforce
    public const string EmployedFte = "WF-EMP-FTE";
    public const string AgencyFte = "WF-AGY-FTE";
    public const string EmployedHeadcount = "WF-EMP-HC";
    public const string AgencyHeadcount = "WF-AGY-HC";
    public const string LeaversFte = "WF-LVR-FTE";
    public const string LeaversHeadcount = "WF-LVR-HC";
    public const string StartersFte = "WF-STR-FTE";
    public const string StartersHeadcount = "WF-STR-HC";
    public const string TurnoverRate = "WF-TURN";
    public const string AgencyRate = "WF-AGY-RATE";
    public const string VacancyFte = "WF-VAC-FTE";
    public const string VacancyRate = "WF-VAC-RATE";
    public const string StabilityIndex = "WF-STAB";
    public const string SpanOfControl = "WF-SPAN";

    // Caseloads
    public const string CasesHeld = "CASE-HELD";
    public const string CaseHolderFte = "CASE-FTE";
    public const string AverageCaseload = "CASE-AVG";

    // Children's experience
    public const string ChildrenOpen = "CH-OPEN";
    public const string ChildrenWithOneWorker = "CH-W1";
    public const string ChildrenWithTwoWorkers = "CH-W2";
    public const string ChildrenWithThreePlusWorkers = "CH-W3P";
    public const string ThreePlusWorkersRate = "CH-3P-RATE";
    public const string LookedAfterThreePlusWorkersRate = "CH-CLA-3P-RATE";
    public const string SameWorkerRate = "CH-SAME-RATE";

    // Referrals
    public const string Referrals = "REF-COUNT";
    public const string ReReferrals = "REF-RE";
    public const string ReReferralRate = "REF-RATE";
    public const string ReferralsWithNoAllocation = "REF-NO-ALLOC";

    // Demand
    public const string OpenChildInNeed = "DEM-CIN";
    public const string OpenChildProtection = "DEM-CP";
    public const string OpenLookedAfter = "DEM-CLA";
    public const string OpenCareLeaver = "DEM-CL";

    // Children's experience
    public const string Changes = "CH-CHG";
    public const string RecordedChanges = "CH-CHG-REC";
    public const string ChangesManagementDecision = "CH-CHG-MANAGE";
    public const string ChangesFirstContact = "CH-CHG-FCONTA";
    public const string ChangesWorkerLeft = "CH-CHG-LEFTRL";
    public const string ChangesRestructure = "CH-CHG-ORGRST";
    public const string ChangesCaseProcess = "CH-CHG-TSPROC";
    public const string ChangesWorkerAbsent = "CH-CHG-ABSENC";
    public const string ChangesChildAsked = "CH-CHG-CHCHAN";
    public const string ChangesParentAsked = "CH-CHG-PCCHAN";
    public const string ChangesWorkerDied = "CH-CHG-SWDIED";
    public const string ChangesOther = "CH-CHG-OTHERS";

    // Data quality
    public const string AllocationsToWorkersNotInPost = "DQ-NOT-IN-POST";
    public const string CaseHoldersWithoutQualifiedDate = "DQ-NO-QUALIFIED";
    public const string OverlappingSpells = "DQ-OVERLAP";
}

namespace WorkforceInsights.Core.Codes;

/// <summary>Why a spell ended, following the DfE census ReasonLeave codes 1-9.</summary>
public enum LeavingReason
{
    Resignation = 1,
    VoluntaryRedundancy = 2,
    CompulsoryRedundancy = 3,
    Dismissed = 4,
    Retired = 5,
    Deceased = 6,
    MovedWithinCouncil = 7,
    Other = 8,
    NotKnown = 9,
}

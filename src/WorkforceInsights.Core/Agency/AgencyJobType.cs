namespace WorkforceInsights.Core.Agency;

/// <summary>The five job types of the DfE's agency rules, each with its own regional price cap.</summary>
public enum AgencyJobType
{
    SocialWorker,
    SeniorSocialWorker,
    AdvancedPractitioner,
    TeamManager,
    IroCpChair,
}

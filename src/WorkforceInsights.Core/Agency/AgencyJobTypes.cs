using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Agency;

/// <summary>The words of workers.csv's agency_job_type, and the job type a role stands for when the column is blank.</summary>
public static class AgencyJobTypes
{
    public static readonly CodeTable<AgencyJobType> Codes = new(
    [
        (AgencyJobType.SocialWorker, "social_worker", null),
        (AgencyJobType.SeniorSocialWorker, "senior_social_worker", null),
        (AgencyJobType.AdvancedPractitioner, "advanced_practitioner", null),
        (AgencyJobType.TeamManager, "team_manager", null),
        (AgencyJobType.IroCpChair, "iro_cp_chair", null),
    ]);

    /// <summary>Written where neither the column nor the role gives a job type.</summary>
    public const string NotKnown = "not known";

    /// <summary>
    /// The job type of a role, for a spell whose agency_job_type is blank; null for roles the guidance's job types do
    /// not name (senior and middle managers, adult practitioners).
    /// </summary>
    public static AgencyJobType? FromRole(Role role) => role switch
    {
        Role.CaseHolder or Role.QualifiedWithoutCases => AgencyJobType.SocialWorker,
        Role.SeniorPractitioner => AgencyJobType.AdvancedPractitioner,
        Role.FirstLineManager => AgencyJobType.TeamManager,
        _ => null,
    };

    public static string Word(AgencyJobType? jobType) => jobType is { } j ? Codes.Word(j) : NotKnown;
}

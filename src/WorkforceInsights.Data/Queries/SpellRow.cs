using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Data.Queries;

/// <summary>
/// The columns of a worker spell that the balancing and agency queries read, as Dapper maps them by name. Names, leaving
/// reasons and managers are not read: neither a plan nor the agency rules need them.
/// </summary>
internal class SpellRow
{
    public string WorkerId { get; set; } = string.Empty;

    public string TeamCode { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string EmploymentType { get; set; } = string.Empty;

    public decimal Fte { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateOnly? QualifiedDate { get; set; }

    public WorkerSpell ToSpell() =>
        new(WorkerId, null, TeamCode, Codes.Roles.Parse(Role), Codes.EmploymentTypes.Parse(EmploymentType), Fte, StartDate, EndDate, null, QualifiedDate, null);
}

using System.Security.Claims;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// What one signed-in person may open (access.md): their roles, and an operations manager's scope (service
/// areas and teams; an area includes its teams). Decided on the server for pages, downloads and the circuit.
/// </summary>
public sealed class UserAccess(ClaimsPrincipal user)
{
    /// <summary>The claim the sign-in writes for each scope entry ("area:&lt;name&gt;" or "team:&lt;code&gt;").</summary>
    public const string ScopeClaim = "wi_scope";

    public ClaimsPrincipal User { get; } = user;

    public bool IsIn(string role) => User.IsInRole(role);

    public bool HasAnyRole => Roles.All.Any(User.IsInRole);

    public IReadOnlyList<string> RoleNames => [.. Roles.All.Where(User.IsInRole)];

    public IReadOnlyList<string> ScopeAreas => Scope("area:");

    public IReadOnlyList<string> ScopeTeams => Scope("team:");

    /// <summary>Per-worker data for a scope: a Leader anywhere; an operations manager for an area or team in scope, never the whole council.</summary>
    public bool MaySeeWorkers(string? serviceArea, string? team, IReadOnlyList<Team> teams) =>
        IsIn(Roles.Leader) || (IsIn(Roles.OperationsManager) && WithinScope(serviceArea, team, teams));

    /// <summary>Worker names beside ids: only an operations manager within scope (and only where the dashboard setting is on).</summary>
    public bool MaySeeNames(string? serviceArea, string? team, IReadOnlyList<Team> teams) =>
        IsIn(Roles.OperationsManager) && WithinScope(serviceArea, team, teams);

    /// <summary>Leavers by reason: the council's for any role; a team's or area's for Leader, HR, DataOfficer, or an operations manager within scope.</summary>
    public bool MaySeeLeaversByReason(string? serviceArea, string? team, IReadOnlyList<Team> teams) =>
        (string.IsNullOrEmpty(serviceArea) && string.IsNullOrEmpty(team) && HasAnyRole)
        || IsIn(Roles.Leader) || IsIn(Roles.HR) || IsIn(Roles.DataOfficer)
        || (IsIn(Roles.OperationsManager) && WithinScope(serviceArea, team, teams));

    /// <summary>The teams whose workers this person may see (the team filter of worker-level views offers only these).</summary>
    public IReadOnlyList<Team> WorkerTeams(IReadOnlyList<Team> teams) =>
        IsIn(Roles.Leader) ? teams : [.. teams.Where(t => MaySeeWorkers(t.ServiceArea, t.TeamCode, teams))];

    /// <summary>
    /// A team is in scope when the team or its area is; an area when the area is. The team named wins over the
    /// area named (the pages show the team), and the team's own area is read from teams.csv, not from the URL.
    /// </summary>
    private bool WithinScope(string? serviceArea, string? team, IReadOnlyList<Team> teams)
    {
        if (!string.IsNullOrEmpty(team))
        {
            var area = teams.FirstOrDefault(t => t.TeamCode == team)?.ServiceArea;
            return ScopeTeams.Contains(team, StringComparer.Ordinal) || (area is not null && ScopeAreas.Contains(area, StringComparer.Ordinal));
        }

        return !string.IsNullOrEmpty(serviceArea) && ScopeAreas.Contains(serviceArea, StringComparer.Ordinal);
    }

    private List<string> Scope(string prefix) =>
        [.. User.FindAll(ScopeClaim).Select(c => c.Value).Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Select(v => v[prefix.Length..])];
}

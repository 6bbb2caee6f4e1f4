using Microsoft.AspNetCore.Authorization;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// One policy per capability of access.md's table. Worker-level data within an operations manager's scope is
/// a resource check on top (<see cref="UserAccess"/>), since it depends on the team asked for.
/// </summary>
public static class Policies
{
    /// <summary>Aggregate figures, trends and benchmarks: any of the four roles (also the fallback for every endpoint).</summary>
    public const string AnyRole = nameof(AnyRole);

    /// <summary>Per-worker caseloads, case holders above threshold, span of control: Leader, or an operations manager within scope.</summary>
    public const string WorkerLevel = nameof(WorkerLevel);

    /// <summary>Workforce planning (the Plan page's forecast and the Agency page's rules and return): Leader, HR.</summary>
    public const string WorkforcePlanning = nameof(WorkforcePlanning);

    /// <summary>The Ofsted briefing pack: Leader, HR, DataOfficer.</summary>
    public const string Pack = nameof(Pack);

    /// <summary>Import history, import errors with row values, data-quality findings with ids: DataOfficer.</summary>
    public const string DataQuality = nameof(DataQuality);

    /// <summary>The access log: DataOfficer.</summary>
    public const string AccessLog = nameof(AccessLog);

    public static void Add(AuthorizationOptions options)
    {
        var anyRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();
        options.FallbackPolicy = anyRole;
        options.AddPolicy(AnyRole, anyRole);
        options.AddPolicy(WorkerLevel, p => p.RequireAuthenticatedUser().RequireRole(Roles.Leader, Roles.OperationsManager));
        options.AddPolicy(WorkforcePlanning, p => p.RequireAuthenticatedUser().RequireRole(Roles.Leader, Roles.HR));
        options.AddPolicy(Pack, p => p.RequireAuthenticatedUser().RequireRole(Roles.Leader, Roles.HR, Roles.DataOfficer));
        options.AddPolicy(DataQuality, p => p.RequireAuthenticatedUser().RequireRole(Roles.DataOfficer));
        options.AddPolicy(AccessLog, p => p.RequireAuthenticatedUser().RequireRole(Roles.DataOfficer));
    }
}

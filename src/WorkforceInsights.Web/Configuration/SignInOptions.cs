namespace WorkforceInsights.Web.Configuration;

/// <summary>How people sign in (section "Authentication"; access.md, "Sign-in").</summary>
public sealed class SignInOptions
{
    public const string SectionName = "Authentication";

    /// <summary>
    /// <see cref="SignInMode.Demo"/> to try the product (Development only, set by appsettings.Development.json);
    /// <see cref="SignInMode.OpenIdConnect"/> for real data. No default: unset, the app refuses to start (fail closed).
    /// </summary>
    public SignInMode? Mode { get; set; }

    /// <summary>The identity provider, e.g. https://login.microsoftonline.com/&lt;tenant&gt;/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From the environment or a secret store (Authentication__ClientSecret), never a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The token claim that carries roles: "roles" (Entra ID app roles) by default.</summary>
    public string RoleClaimType { get; set; } = "roles";

    /// <summary>The token claim that carries group ids, read with <see cref="GroupRoles"/>.</summary>
    public string GroupClaimType { get; set; } = "groups";

    /// <summary>Group id → role (Leader, HR, OperationsManager, DataOfficer), for providers that send groups, not roles.</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = [];

    /// <summary>The token claim that carries an operations manager's scope: values "area:&lt;service area&gt;" or "team:&lt;team code&gt;".</summary>
    public string ScopeClaimType { get; set; } = "wi_scope";

    /// <summary>User id (the token's subject or oid) or group id → scopes, where the provider cannot send a scope claim.</summary>
    public Dictionary<string, string[]> ScopeMap { get; set; } = [];

    /// <summary>Only for a test provider on loopback: production metadata is always fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

public enum SignInMode
{
    Demo,
    OpenIdConnect,
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// Reads roles and scope from the token as configured (access.md): the role claim (Entra ID app roles by default)
/// or a group-to-role map, and the scope claim or a user/group-to-scope map. Writes them as the app's own role
/// and <see cref="UserAccess.ScopeClaim"/> claims, once per sign-in.
/// </summary>
public sealed class WorkforceClaimsTransformation(IOptions<SignInOptions> options) : IClaimsTransformation
{
    private const string Marker = "wi_mapped";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || principal.HasClaim(c => c.Type == Marker))
        {
            return Task.FromResult(principal);
        }

        var settings = options.Value;
        var groups = principal.FindAll(settings.GroupClaimType).Select(c => c.Value).ToList();
        var roles = principal.FindAll(settings.RoleClaimType).Select(c => c.Value)
            .Concat(groups.Where(settings.GroupRoles.ContainsKey).Select(g => settings.GroupRoles[g]))
            .Where(r => Roles.All.Contains(r))
            .Distinct(StringComparer.Ordinal);
        var ids = new[] { principal.FindFirst("oid")?.Value, principal.FindFirst("sub")?.Value, principal.FindFirst(ClaimTypes.NameIdentifier)?.Value }.OfType<string>();
        var scopes = (settings.ScopeClaimType == UserAccess.ScopeClaim ? [] : principal.FindAll(settings.ScopeClaimType).Select(c => c.Value))
            .Concat(ids.Concat(groups).Where(settings.ScopeMap.ContainsKey).SelectMany(k => settings.ScopeMap[k]))
            .Distinct(StringComparer.Ordinal);

        var mapped = new ClaimsIdentity([new Claim(Marker, "1")]);
        mapped.AddClaims(roles.Where(r => !principal.IsInRole(r)).Select(r => new Claim(identity.RoleClaimType, r)));
        mapped.AddClaims(scopes.Select(s => new Claim(UserAccess.ScopeClaim, s)));
        var result = principal.Clone();
        ((ClaimsIdentity)result.Identity!).AddClaims(mapped.Claims);
        return Task.FromResult(result);
    }
}

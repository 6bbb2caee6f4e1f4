using System.Security.Claims;
using WorkforceInsights.Data.Access;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// Writes the access-log row for a view or download of person-level data (access.md): the token's stable
/// id and display name, the roles, what was asked with its filters, and how many person-level rows it returned.
/// </summary>
public sealed class AccessLogger(AccessLogStore store)
{
    /// <summary>The row for a download: who asked, the request's path and its query as the filters.</summary>
    public Task RecordAsync(HttpContext context, long rows, CancellationToken cancellationToken = default) =>
        RecordAsync(context, context.Request.Path, rows, cancellationToken);

    /// <summary>The row for a download named by its route (<paramref name="resource"/>), with the request's query as the filters.</summary>
    public Task RecordAsync(HttpContext context, string resource, long rows, CancellationToken cancellationToken = default) =>
        RecordAsync(context.User, resource, context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty, rows, cancellationToken);

    public Task RecordAsync(ClaimsPrincipal user, string resource, string filters, long rows, CancellationToken cancellationToken = default) =>
        store.RecordAsync(
            user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown",
            user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "unknown",
            string.Join(",", Roles.All.Where(user.IsInRole)),
            resource,
            filters,
            rows,
            cancellationToken);
}

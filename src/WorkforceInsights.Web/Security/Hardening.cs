using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// What a security reviewer expects of a web app on a council's network: HTTPS and HSTS outside Development,
/// forwarded headers from the council's reverse proxy, security headers with a Content-Security-Policy that
/// Blazor Server works under, Data Protection keys that outlive a restart, and a rate limit on downloads.
/// </summary>
public static class Hardening
{
    public const string DownloadsRateLimit = "downloads";

    /// <summary>
    /// Scripts and connections from this origin only (Blazor Server needs no eval; its circuit is a WebSocket to
    /// the same host). Inline styles are allowed: MudBlazor and the server-drawn SVG charts set style attributes.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IHostApplicationBuilder AddHardening(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The council names its proxies (ForwardedHeaders:KnownProxies); by default only loopback is trusted.
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        var keys = builder.Configuration[$"{AccessOptions.SectionName}:{nameof(AccessOptions.KeysFolder)}"];
        var sqlite = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.SqlitePath ?? DatabaseOptions.DefaultSqlitePath;
        var folder = !string.IsNullOrWhiteSpace(keys) ? keys : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sqlite)) ?? ".", "keys");
        builder.Services.AddDataProtection().SetApplicationName("WorkforceInsights").PersistKeysToFileSystem(Directory.CreateDirectory(folder));

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(DownloadsRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst("sub")?.Value ?? context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AccessOptions>>().Value.DownloadsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder;
    }

    public static WebApplication UseHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next();
        });
        return app;
    }
}

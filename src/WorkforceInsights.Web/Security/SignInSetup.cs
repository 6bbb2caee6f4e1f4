using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Security;

/// <summary>
/// Sign-in (access.md): a cookie for the session, and either OpenID Connect (authorization code flow with
/// PKCE against the council's identity provider) or, to try the product, a demo sign-in that lets the
/// visitor pick a role. Who sees what is then decided by <see cref="Policies"/> and <see cref="UserAccess"/>.
/// </summary>
public static class SignInSetup
{
    public const string SignInPath = "/signin";
    public const string DemoSignInPath = "/signin/demo";
    public const string SignOutPath = "/signout";
    public const string NotPermittedPath = "/not-permitted";

    public static IHostApplicationBuilder AddSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        var settings = builder.Configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>() ?? new SignInOptions();

        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = settings.Mode == SignInMode.OpenIdConnect ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(o =>
        {
            o.Cookie.Name = "wi.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = NotPermittedPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Downloads and the Blazor hub answer with status codes, not a redirect to a page.
            o.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        if (settings.Mode == SignInMode.OpenIdConnect)
        {
            authentication.AddOpenIdConnect(o =>
            {
                o.Authority = settings.Authority;
                o.ClientId = settings.ClientId;
                o.ClientSecret = settings.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax
                // (and Secure whenever the app is on HTTPS, as it is outside Development).
                o.ResponseMode = "query";
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SaveTokens = false; // the app calls no API with them; the cookie stays small
                o.MapInboundClaims = false; // keep "roles", "sub", "name" as the token writes them
                o.GetClaimsFromUserInfoEndpoint = false;
                o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = settings.RoleClaimType;
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (IsApiRequest(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.HandleResponse();
                    }

                    return Task.CompletedTask;
                };
            });
        }

        builder.Services.AddTransient<IClaimsTransformation, WorkforceClaimsTransformation>();
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<SignInOptions>>().Value;
        if (settings.Mode == SignInMode.Demo)
        {
            endpoints.MapGet(DemoSignInPath, DemoSignInAsync).AllowAnonymous();
        }
        else
        {
            endpoints.MapGet(SignInPath, (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalOrRoot(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();
        }

        // Sign-out signs out of the app (access.md); a form post, so a link elsewhere cannot sign anyone out.
        endpoints.MapPost(SignOutPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SignInPath + "?signedOut=true");
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// GET /signin/demo?role=&lt;role&gt;[&amp;scope=area:X|team:Y][&amp;returnUrl=/local]: demo mode only, so that a visitor
    /// (and a script or browser test) signs in in one request. Several roles may be given, comma-separated.
    /// </summary>
    private static async Task<IResult> DemoSignInAsync(HttpContext context, string? role, string? scope, string? returnUrl)
    {
        var roles = (role ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (roles.Any(r => r != "None" && !Roles.All.Contains(r)))
        {
            return Results.BadRequest($"role is one of {string.Join(", ", Roles.All)} (or None, to see what a user with no role sees).");
        }

        var scopes = (scope ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (scopes.Any(s => !s.StartsWith("area:", StringComparison.Ordinal) && !s.StartsWith("team:", StringComparison.Ordinal)))
        {
            return Results.BadRequest("scope is area:<service area> or team:<team code>, comma-separated.");
        }

        var who = roles.Length == 0 || roles is ["None"] ? "no role" : string.Join(" and ", roles);
        var claims = new List<Claim> { new("sub", "demo-" + string.Join("-", roles.DefaultIfEmpty("none")).ToLowerInvariant()), new("name", $"Demo user, {who}") };
        claims.AddRange(roles.Where(r => r != "None").Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(scopes.Select(s => new Claim(UserAccess.ScopeClaim, s)));
        var identity = new ClaimsIdentity(claims, "Demo", "name", ClaimTypes.Role);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(LocalOrRoot(returnUrl));
    }

    /// <summary>Only a local path is followed after sign-in (no open redirect).</summary>
    public static string LocalOrRoot(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApiRequest(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/download") || request.Path.StartsWithSegments("/_blazor");
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace WorkforceInsights.Web.Tests.Identity;

/// <summary>
/// A real OpenID Connect provider (OpenIddict, authorization code flow with PKCE) on a loopback port, so the
/// tests drive the same redirects, cookies and signed tokens as Entra ID, without a network or a tenant.
/// A user signs in by picking a name from <see cref="Users"/> on a one-field login page.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private const string CookieName = "test-idp";

    // Every claim goes to both tokens: the app reads roles from the identity token, an API would read the access token.
    private static readonly string[] s_bothTokens = [Destinations.AccessToken, Destinations.IdentityToken];

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, string authority) => (_app, Authority) = (app, authority);

    /// <summary>The issuer, e.g. "http://127.0.0.1:54321/": discovery is at Authority + ".well-known/openid-configuration".</summary>
    public string Authority { get; }

    /// <summary>The people one can sign in as. Roles go out as "roles" claims (as Entra ID app roles do), scopes as "wi_scope".</summary>
    public static IReadOnlyList<TestUser> Users { get; } =
    [
        new("leader", "Lee Leader", ["Leader"], []),
        new("hr", "Harper HR", ["HR"], []),
        new("opsmanager", "Olu Ops", ["OperationsManager"], ["team:FS01"]),
        new("dataofficer", "Dana Data", ["DataOfficer"], []),
        new("leaderhr", "Lou Both", ["Leader", "HR"], []),
        new("norole", "Nora None", [], []),
    ];

    public static async Task<TestIdentityProvider> StartAsync(string clientId, string clientSecret, string redirectUri, string postLogoutRedirectUri)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test output folder holds the app's appsettings.json: its Logging and Kestrel sections must not apply here.
        builder.Configuration.Sources.Clear();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Keys in memory: nothing written to ~/.aspnet, and none of the key-ring warnings in the test output.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // One in-memory database per provider, so parallel tests never see each other's clients, codes or tokens.
        var databaseName = "test-idp-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        builder.Services.AddDbContext<DbContext>(options => options.UseInMemoryDatabase(databaseName).UseOpenIddict());

        // The IdP's own session. Loopback cookies are shared across ports, so the name must differ from the app's.
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.LoginPath = "/login";
            options.ReturnUrlParameter = "returnUrl";
        });

        builder.Services.AddOpenIddict()
            // The in-memory provider has no ExecuteUpdate/ExecuteDelete: make the stores update entity by entity.
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<DbContext>().DisableBulkOperations())
            .AddServer(options =>
            {
                // No leading slash, as in OpenIddict's current samples (on Linux, System.Uri reads "/connect/..." as a file path).
                options.SetAuthorizationEndpointUris("connect/authorize")
                       .SetTokenEndpointUris("connect/token")
                       .SetEndSessionEndpointUris("connect/logout");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles);
                // New keys per instance: the app learns them from the JWKS document, nothing is shared across runs.
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // A plain signed JWT, which any JWT bearer handler (or a test) can read.
                options.DisableAccessTokenEncryption();
                // The token endpoint is not passed through: OpenIddict redeems codes itself, keeping the claims'
                // destinations stored in the code. Plain HTTP is acceptable only because this is loopback in a test.
                options.UseAspNetCore()
                       .EnableAuthorizationEndpointPassthrough()
                       .EnableEndSessionEndpointPassthrough()
                       .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        try
        {
            app.UseAuthentication();
            MapEndpoints(app);
            await RegisterClientAsync(app.Services, clientId, clientSecret, redirectUri, postLogoutRedirectUri);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Single()
                ?? throw new InvalidOperationException("Kestrel did not report the address it is listening on.");
            return new TestIdentityProvider(app, address.TrimEnd('/') + "/");
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task RegisterClientAsync(IServiceProvider services, string clientId, string clientSecret, string redirectUri, string postLogoutRedirectUri)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            // Implicit consent: no consent page, as for an Entra ID app whose admin has consented for the council.
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Workforce Insights (tests)",
            RedirectUris = { new Uri(redirectUri, UriKind.Absolute) },
            PostLogoutRedirectUris = { new Uri(postLogoutRedirectUri, UriKind.Absolute) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context) =>
        {
            string? returnUrl = context.Request.Query["returnUrl"];
            return IsLocalUrl(returnUrl) ? Results.Content(LoginPage(returnUrl), "text/html; charset=utf-8") : Results.BadRequest();
        });

        // A test-only form: no password and no antiforgery token, since nothing here is worth forging.
        app.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            string? returnUrl = form["returnUrl"];
            var user = FindUser(form["username"]);
            // Only a path on this host: an absolute returnUrl would make the login page an open redirect.
            if (user is null || !IsLocalUrl(returnUrl))
            {
                return Results.BadRequest();
            }

            // The IdP's cookie holds only the user name; the claims are built fresh at each authorization request.
            var cookieIdentity = new ClaimsIdentity([new Claim(Claims.Subject, user.UserName)], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(cookieIdentity));
            return Results.LocalRedirect(returnUrl);
        }).DisableAntiforgery();

        // OpenIddict has already checked the client, redirect_uri, scopes and PKCE; this only answers "who is it?".
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()
                ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
            var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var user = session.Succeeded ? FindUser(session.Principal?.FindFirst(Claims.Subject)?.Value) : null;
            if (user is null)
            {
                // Back to this same request after the login page; a POSTed request comes back as a query string.
                var parameters = context.Request.HasFormContentType
                    ? QueryString.Create(await context.Request.ReadFormAsync())
                    : context.Request.QueryString;
                return Results.Challenge(
                    new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + parameters },
                    [CookieAuthenticationDefaults.AuthenticationScheme]);
            }

            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.AddClaim(new Claim(Claims.Subject, user.UserName));
            identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
            identity.AddClaims(user.Roles.Select(role => new Claim("roles", role)));
            identity.AddClaims(user.Scopes.Select(scope => new Claim("wi_scope", scope)));
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(static _ => s_bothTokens);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        // OpenIddict checks post_logout_redirect_uri and sends the browser there; "/" is only its fallback.
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
    }

    private static TestUser? FindUser(string? userName) =>
        Users.FirstOrDefault(user => string.Equals(user.UserName, userName, StringComparison.Ordinal));

    // "/x" is local; "//host" and "/\host" are not (browsers read both as another origin).
    private static bool IsLocalUrl([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static string LoginPage(string returnUrl)
    {
        var options = string.Concat(Users.Select(user => $"<option value=\"{Encode(user.UserName)}\">{Encode(user.DisplayName)}</option>"));
        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in - test identity provider</title></head>
            <body><main>
            <h1>Sign in</h1>
            <form method="post" action="/login">
            <label for="username">User</label> <select id="username" name="username">{options}</select>
            <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
            <button type="submit" id="sign-in">Sign in</button>
            </form>
            </main></body>
            </html>
            """;
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}

/// <summary>A person on the test provider's login page; <paramref name="Scopes"/> become "wi_scope" claims.</summary>
public sealed record TestUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);

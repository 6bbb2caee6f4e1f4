using System.Security.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>Unsafe sign-in settings stop the app at start (access.md), and roles and scope are read from the token as configured.</summary>
public class SignInSettingsTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "WorkforceInsights.Web";

        public string ContentRootPath { get; set; } = ".";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    [Test]
    public void ShouldRefuseDemoSignIn_InProduction()
    {
        var result = new SignInOptionsValidator(new Environment("Production")).Validate(null, new SignInOptions { Mode = SignInMode.Demo });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Authentication:Mode").And.Contain("OpenIdConnect"));
    }

    [Test]
    public void ShouldRefuseOpenIdConnect_WithoutItsSettings_NamingEachOne()
    {
        var result = new SignInOptionsValidator(new Environment("Production")).Validate(null, new SignInOptions { Mode = SignInMode.OpenIdConnect, ClientId = "app" });

        Assert.That(result.FailureMessage, Does.Contain("Authentication:Authority").And.Contain("Authentication:ClientSecret").And.Not.Contain("Authentication:ClientId"));
    }

    [Test]
    public void ShouldAllowDemoSignIn_OutsideProduction() =>
        Assert.That(new SignInOptionsValidator(new Environment("Development")).Validate(null, new SignInOptions()).Succeeded, Is.True);

    [Test]
    public async Task ShouldReadRolesFromGroups_AndScopeFromTheMap_WhereTheProviderSendsNoRoleOrScopeClaim()
    {
        var settings = new SignInOptions
        {
            GroupRoles = new() { ["g-ops"] = Roles.OperationsManager },
            ScopeMap = new() { ["user-42"] = ["team:FS01", "area:Assessment"] },
        };
        var identity = new ClaimsIdentity([new Claim("sub", "user-42"), new Claim("groups", "g-ops"), new Claim("groups", "g-other"), new Claim("roles", "NotARole")], "oidc", "name", "roles");

        var user = new UserAccess(await new WorkforceClaimsTransformation(Options.Create(settings)).TransformAsync(new ClaimsPrincipal(identity)));

        Assert.That(user.RoleNames, Is.EqualTo(new[] { Roles.OperationsManager }), "an unknown role value gives nothing");
        Assert.That(user.ScopeTeams, Is.EqualTo(new[] { "FS01" }));
        Assert.That(user.ScopeAreas, Is.EqualTo(new[] { "Assessment" }));
    }
}

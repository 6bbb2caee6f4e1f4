using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>Sign-in fails closed: unsafe or missing sign-in settings stop the app at start, in one line (access.md); roles and scope are read from the token as configured.</summary>
public class SignInSettingsTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "WorkforceInsights.Web";

        public string ContentRootPath { get; set; } = ".";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private static readonly string[] s_openIdConnectSettings = ["Authentication:Authority", "Authentication:ClientId", "Authentication:ClientSecret"];

    /// <summary>The sign-in check Program.cs runs first, on these settings in this environment: null when the app may start.</summary>
    private static string? Check(string environment, params (string Key, string Value)[] settings) =>
        SignInOptionsValidator.Check(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
            new Environment(environment));

    private static (string, string)[] OpenIdConnect(params string[] leaveOut) =>
    [
        ("Authentication:Mode", "OpenIdConnect"),
        .. new[] { ("Authentication:Authority", "https://login.example/tenant/v2.0"), ("Authentication:ClientId", "app"), ("Authentication:ClientSecret", "s3cret") }
            .Where(s => !leaveOut.Contains(s.Item1)),
    ];

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("SqlServer")]
    public void ShouldRefuseDemoSignIn_OutsideDevelopment_InOneLineNamingEveryOpenIdConnectSetting(string environment)
    {
        var problem = Check(environment, ("Authentication:Mode", "Demo"));

        Assert.That(problem, Is.Not.Null);
        Assert.That(problem, Does.Contain("Demo").And.Contain($"'{environment}'").And.Contain("Authentication:Mode=OpenIdConnect").And.Not.Contain("\n").And.Not.Contain("\r"));
        Assert.That(s_openIdConnectSettings, Is.All.Matches<string>(setting => problem!.Contains(setting, StringComparison.Ordinal)));
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("SqlServer")]
    public void ShouldRefuseToStart_OutsideDevelopment_WhenNoSignInModeIsSet(string environment)
    {
        var problem = Check(environment);

        Assert.That(problem, Does.Contain("Authentication:Mode=OpenIdConnect").And.Not.Contain("\n"));
        Assert.That(s_openIdConnectSettings, Is.All.Matches<string>(setting => problem!.Contains(setting, StringComparison.Ordinal)));
    }

    [Test]
    public void ShouldRefuseToStart_InDevelopmentToo_WhenNoSignInModeIsSet_RatherThanDefaultToDemo()
    {
        var problem = Check("Development");

        Assert.That(problem, Does.Contain("Authentication:Mode=Demo").And.Contain("Authentication:Mode=OpenIdConnect").And.Not.Contain("\n"));
    }

    [TestCase("Production")]
    [TestCase("SqlServer")]
    public void ShouldRefuseOpenIdConnect_WithoutItsSettings_NamingEachMissingOne(string environment)
    {
        var problem = Check(environment, OpenIdConnect(leaveOut: ["Authentication:Authority", "Authentication:ClientSecret"]));

        Assert.That(problem, Does.Contain("Authentication:Authority").And.Contain("Authentication:ClientSecret").And.Not.Contain("Authentication:ClientId"));
        Assert.That(problem, Does.Contain("Authentication__Authority").And.Not.Contain("\n"));
    }

    [Test]
    public void ShouldRefuseASignInModeThatIsNeither_InOneLine()
    {
        var problem = Check("Staging", ("Authentication:Mode", "Anonymous"));

        Assert.That(problem, Does.Contain("'Anonymous'").And.Contain("Authentication:Mode=OpenIdConnect").And.Not.Contain("\n"));
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("SqlServer")]
    [TestCase("Development")]
    public void ShouldStart_WithOpenIdConnectFullyConfigured(string environment) =>
        Assert.That(Check(environment, OpenIdConnect()), Is.Null);

    [Test]
    public void ShouldAllowDemoSignIn_InDevelopment() =>
        Assert.That(Check("Development", ("Authentication:Mode", "Demo")), Is.Null);

    [Test]
    public void ShouldRefuseAGroupMappedToAnUnknownRole_InTheSameOneLine()
    {
        var problem = Check("Development", ("Authentication:Mode", "Demo"), ("Authentication:GroupRoles:g-1", "Admin"));

        Assert.That(problem, Does.Contain("'Admin'").And.Not.Contain("\n"));
    }

    /// <summary>
    /// The committed files as the app reads them (appsettings.json, then appsettings.&lt;environment&gt;.json): demo sign-in
    /// in Development only, from appsettings.Development.json; nothing else names Demo, so every other environment
    /// refuses to start until OpenID Connect is set.
    /// </summary>
    [TestCase("Development", true)]
    [TestCase("Production", false)]
    [TestCase("Staging", false)]
    [TestCase("SqlServer", false)]
    public void ShouldStartOnTheCommittedSettings_OnlyInDevelopment(string environment, bool starts)
    {
        var folder = Path.Combine(WorkforceInsights.TestSupport.RepositoryPaths.Root, "src", "WorkforceInsights.Web");
        var configuration = new ConfigurationBuilder().SetBasePath(folder)
            .AddJsonFile("appsettings.json").AddJsonFile($"appsettings.{environment}.json", optional: true).Build();

        Assert.That(configuration["Authentication:Mode"], starts ? Is.EqualTo("Demo") : Is.Not.EqualTo("Demo"));
        Assert.That(SignInOptionsValidator.Check(configuration, new Environment(environment)), starts ? Is.Null : Is.Not.Null);
        Assert.That(new ConfigurationBuilder().SetBasePath(folder).AddJsonFile("appsettings.json").Build()["Authentication:Mode"], Is.Null,
            "appsettings.json names no sign-in mode");
    }

    [Test]
    public void ShouldStillRefuseAtStart_ThroughTheOptionsValidator_ForAnyOtherHost()
    {
        var result = new SignInOptionsValidator(new Environment("Staging")).Validate(null, new SignInOptions { Mode = SignInMode.Demo });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Authentication:Mode=OpenIdConnect"));
    }

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

using Microsoft.Extensions.Options;

namespace WorkforceInsights.Web.Configuration;

/// <summary>
/// Sign-in fails closed (access.md, "Sign-in"): demo sign-in only in the Development environment; in every other
/// environment (Production, Staging, or a name the council invents) OpenID Connect, fully configured; and no sign-in
/// mode at all is refused everywhere, Development included (appsettings.Development.json switches Demo on there).
/// Program.cs runs <see cref="Check"/> before anything else and stops with its one line; the options validator is the
/// backstop for any other host.
/// </summary>
public sealed class SignInOptionsValidator(IHostEnvironment environment) : IValidateOptions<SignInOptions>
{
    private static readonly string[] s_openIdConnectSettings = ["Authority", "ClientId", "ClientSecret"];

    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        var failures = Problems(options, environment);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// The sign-in settings as <paramref name="configuration"/> gives them, checked for <paramref name="environment"/>:
    /// null when the app may start, otherwise one plain line (no line break) naming the settings to set.
    /// </summary>
    public static string? Check(IConfiguration configuration, IHostEnvironment environment)
    {
        SignInOptions options;
        try
        {
            options = configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>() ?? new SignInOptions();
        }
        catch (InvalidOperationException)
        {
            // A value the binder cannot read, e.g. a mode that is neither Demo nor OpenIdConnect (its message carries no secret,
            // but names the binder's types: a plain sentence instead).
            return $"Sign-in is not configured: Authentication:Mode is '{OneLine(configuration[SignInOptions.SectionName + ":Mode"])}', which is not a sign-in mode. "
                + $"Set Authentication:Mode=OpenIdConnect{With(Missing(configuration))} (or Demo, in the Development environment only).";
        }

        var problems = Problems(options, environment);
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    /// <summary>Each unsafe or missing sign-in setting, one sentence each.</summary>
    public static IReadOnlyList<string> Problems(SignInOptions options, IHostEnvironment environment)
    {
        var failures = new List<string>();
        var missing = s_openIdConnectSettings.Where(s => string.IsNullOrWhiteSpace(s switch
        {
            "Authority" => options.Authority,
            "ClientId" => options.ClientId,
            _ => options.ClientSecret,
        })).ToList();
        var development = environment.IsDevelopment();
        var where = environment.EnvironmentName;
        switch (options.Mode)
        {
            case null when development:
                failures.Add("Sign-in is not configured: no Authentication:Mode is set. "
                    + $"Set Authentication:Mode=Demo to try the sample council (src/WorkforceInsights.Web/appsettings.Development.json does), or Authentication:Mode=OpenIdConnect{With(missing)}.");
                break;
            case null:
                failures.Add($"Sign-in is not configured for the '{where}' environment, which needs OpenID Connect: set {Settings(["Mode=OpenIdConnect", .. missing])}"
                    + $" (environment variables {Variables(["Mode=OpenIdConnect", .. missing])}).");
                break;
            case SignInMode.Demo when !development:
                failures.Add($"Demo sign-in is allowed only in the Development environment, not in '{where}': set {Settings(["Mode=OpenIdConnect", .. missing])}"
                    + $" (environment variables {Variables(["Mode=OpenIdConnect", .. missing])}).");
                break;
            case SignInMode.OpenIdConnect when missing.Count > 0:
                failures.Add($"OpenID Connect sign-in needs {Settings(missing)} (environment variables {Variables(missing)}).");
                break;
        }

        foreach (var role in options.GroupRoles.Values.Where(r => !Security.Roles.All.Contains(r)))
        {
            failures.Add($"Authentication:GroupRoles maps a group to '{OneLine(role)}', which is not a role ({string.Join(", ", Security.Roles.All)}).");
        }

        return failures;
    }

    private static List<string> Missing(IConfiguration configuration) =>
        [.. s_openIdConnectSettings.Where(s => string.IsNullOrWhiteSpace(configuration[$"{SignInOptions.SectionName}:{s}"]))];

    private static string With(List<string> missing) => missing.Count == 0 ? string.Empty : " with " + Settings(missing);

    private static string Settings(IReadOnlyList<string> names) => List(names.Select(n => $"{SignInOptions.SectionName}:{n}").ToList());

    private static string Variables(IReadOnlyList<string> names) => string.Join(", ", names.Select(n => $"{SignInOptions.SectionName}__{n}"));

    private static string List(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>A configured value quoted in the message stays on the message's one line.</summary>
    private static string OneLine(string? value) => (value ?? string.Empty).ReplaceLineEndings(" ");
}

using Microsoft.Extensions.Options;

namespace WorkforceInsights.Web.Configuration;

/// <summary>
/// The app refuses to start with unsafe sign-in settings (access.md): demo sign-in in Production, or
/// Production with no OpenID Connect settings. Each message names the settings to set.
/// </summary>
public sealed class SignInOptionsValidator(IHostEnvironment environment) : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        var failures = new List<string>();
        if (options.Mode == SignInMode.Demo && environment.IsProduction())
        {
            failures.Add("Demo sign-in is not allowed in Production: set Authentication:Mode to OpenIdConnect, with Authentication:Authority, Authentication:ClientId and Authentication:ClientSecret.");
        }

        if (options.Mode == SignInMode.OpenIdConnect)
        {
            foreach (var (setting, value) in new[] { ("Authority", options.Authority), ("ClientId", options.ClientId), ("ClientSecret", options.ClientSecret) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"OpenID Connect sign-in needs Authentication:{setting} (environment variable Authentication__{setting}).");
                }
            }
        }

        foreach (var role in options.GroupRoles.Values.Where(r => !Security.Roles.All.Contains(r)))
        {
            failures.Add($"Authentication:GroupRoles maps a group to '{role}', which is not a role ({string.Join(", ", Security.Roles.All)}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

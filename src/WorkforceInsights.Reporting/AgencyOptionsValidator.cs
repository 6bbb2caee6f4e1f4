using Microsoft.Extensions.Options;

namespace WorkforceInsights.Reporting;

/// <summary>The web app and `wi` refuse to start with bad agency settings, each problem naming its key.</summary>
public sealed class AgencyOptionsValidator : IValidateOptions<AgencyOptions>
{
    public ValidateOptionsResult Validate(string? name, AgencyOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

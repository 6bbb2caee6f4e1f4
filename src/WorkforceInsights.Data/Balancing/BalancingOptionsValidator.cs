using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Data.Balancing;

/// <summary>Refuses unusable Balancing settings at start, naming every key at fault (the web app and `wi` alike).</summary>
public sealed class BalancingOptionsValidator : IValidateOptions<BalancingOptions>
{
    public ValidateOptionsResult Validate(string? name, BalancingOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

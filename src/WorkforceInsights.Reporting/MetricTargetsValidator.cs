using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The web app and `wi` refuse to start with a plan they cannot show: a target naming a metric the forecast does not
/// give, a malformed date or no value. Each message names the setting (e.g. Targets:Plan:0:Metric).
/// </summary>
public sealed class MetricTargetsValidator : IValidateOptions<MetricTargets>
{
    public ValidateOptionsResult Validate(string? name, MetricTargets options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Reporting;

public static class DependencyInjection
{
    /// <summary>The briefing pack and the council's identity (section "Council").</summary>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CouncilOptions>().BindConfiguration(CouncilOptions.SectionName);
        builder.Services.AddOptions<MetricTargets>().BindConfiguration(MetricTargets.SectionName);
        builder.Services.AddSingleton<BriefingPackBuilder>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}

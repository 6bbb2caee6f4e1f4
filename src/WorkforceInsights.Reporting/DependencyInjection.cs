using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Reporting;

public static class DependencyInjection
{
    /// <summary>The briefing pack, the council's identity (section "Council"), its targets (section "Targets", with the plan validated at start) and the agency rules' settings (section "Agency").</summary>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CouncilOptions>().BindConfiguration(CouncilOptions.SectionName);
        builder.Services.AddOptions<AgencyOptions>().BindConfiguration(AgencyOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AgencyOptions>, AgencyOptionsValidator>();
        builder.Services.AddOptions<MetricTargets>().BindConfiguration(MetricTargets.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MetricTargets>, MetricTargetsValidator>();
        builder.Services.AddSingleton<AgencyInputsReader>();
        builder.Services.AddSingleton<BriefingPackBuilder>();
        builder.Services.AddSingleton<PlanForecasts>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}

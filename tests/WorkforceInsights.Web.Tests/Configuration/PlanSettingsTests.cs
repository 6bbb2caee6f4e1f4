using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Reporting;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests.Configuration;

/// <summary>"Targets:Plan" (forecast.md): the sample council ships a sound plan, and an unsound one stops the app at start naming each setting.</summary>
public class PlanSettingsTests
{
    private static IHost Host(Action<IConfigurationBuilder> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configure(builder.Configuration);
        builder.AddReporting(); // the registration the web app and `wi` both use
        return builder.Build();
    }

    [Test]
    public void ShouldBindTheSampleCouncilsPlan_FromTheWebAppsSettings()
    {
        using var host = Host(c => c.AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "WorkforceInsights.Web", "appsettings.json")));

        var plan = host.Services.GetRequiredService<IOptions<MetricTargets>>().Value.Plan;

        Assert.That(plan.Select(t => t.Metric), Is.EquivalentTo(new[] { "WF-AGY-RATE", "WF-TURN", "WF-EMP-FTE", "CASE-AVG" }));
        Assert.That(plan.Single(t => t.Metric == "WF-TURN").Day, Is.EqualTo(new DateOnly(2027, 9, 30)));
    }

    [Test]
    public void ShouldRefuseToStart_WithATargetTheForecastCannotShow()
    {
        using var host = Host(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Targets:Plan:0:Metric"] = "WF-TURN",
            ["Targets:Plan:0:Date"] = "2027-09-30",
            ["Targets:Plan:0:Value"] = "8",
            ["Targets:Plan:1:Metric"] = "REF-RATE",
            ["Targets:Plan:1:Date"] = "2027-13-01",
            ["Targets:Plan:1:Value"] = "-1",
        }));

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Failures.Count(), Is.EqualTo(3), "every problem at once");
        Assert.That(error.Message, Does.Contain("Targets:Plan:1:Metric is 'REF-RATE'").And.Contain("Targets:Plan:1:Date").And.Contain("Targets:Plan:1:Value").And.Not.Contain("Plan:0"));
    }
}

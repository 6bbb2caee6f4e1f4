using MudBlazor.Services;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Web.Security;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SampleDataOptions>().BindConfiguration(SampleDataOptions.SectionName);
        builder.Services.AddOptions<NightlyImportOptions>().BindConfiguration(NightlyImportOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<NightlyImportService>();
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName);
        builder.Services.AddSingleton<HomeViewModelBuilder>();
        builder.Services.AddSingleton<OverviewViewModelBuilder>();
        builder.Services.AddSingleton<TrendPageBuilder>();
        builder.Services.AddSingleton<DataPageViewModelBuilder>();
        builder.Services.AddSingleton<CaseloadsViewModelBuilder>();
        builder.Services.AddSingleton<BalancingViewBuilder>();
        builder.Services.AddSingleton<LeaversByReasonBuilder>();
        builder.Services.AddSingleton<ChildrenByCaseTypeBuilder>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // Rendered charts: bounded by count (each entry is one chart, a few tens of kB).
        builder.Services.AddMemoryCache(o => o.SizeLimit = 2_000);
        builder.Services.AddSingleton<ChartCache>();
        builder.Services.AddSingleton<BenchmarksViewBuilder>();
        builder.Services.AddSingleton<ChangesBuilder>();
        builder.Services.AddSingleton<AgencyViewBuilder>();
        builder.Services.AddSingleton<PlanViewBuilder>();
        builder.Services.AddOptions<BenchmarksOptions>().BindConfiguration(BenchmarksOptions.SectionName);
        builder.Services.AddSingleton<Security.AccessLogger>();
        builder.Services.AddHostedService<Security.AccessLogRetention>();
        builder.AddSignIn();
        builder.AddHardening();
        return builder;
    }
}

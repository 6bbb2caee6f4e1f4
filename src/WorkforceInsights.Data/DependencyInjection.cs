using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Balancing;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Import;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Queries.Status;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Data;

public static class DependencyInjection
{
    /// <summary>Database and balancing options, the connection factory and every query class.</summary>
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => !o.Validate().Any(), "Database options are invalid: check Database:Provider, Database:SqlitePath and Database:ConnectionString.")
            .ValidateOnStart();
        builder.Services.AddOptions<BalancingOptions>().BindConfiguration(BalancingOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BalancingOptions>, BalancingOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => DbConnectionFactories.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.AddSingleton<ITableReplacer>(sp => TableReplacers.Create(sp.GetRequiredService<IDbConnectionFactory>()));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<ImportAuditStore>();
        builder.Services.AddSingleton<State.ImportLock>();
        builder.Services.AddSingleton<State.DataStateStore>();
        builder.Services.AddSingleton<Access.AccessLogStore>();
        builder.Services.AddSingleton<Benchmarks.BenchmarkStore>();
        builder.Services.AddSingleton<Benchmarks.BenchmarkReportBuilder>();
        builder.Services.AddSingleton<ReferenceKeysQuery>();
        builder.Services.AddSingleton<TableRowCountsQuery>();
        builder.Services.AddSingleton<MetricInputsQuery>();
        builder.Services.AddSingleton<MetricSeriesRefresher>();
        builder.Services.AddSingleton<MetricSeriesQuery>();
        builder.Services.AddSingleton<MetricBreakdownQuery>();
        builder.Services.AddSingleton<TeamsQuery>();
        builder.Services.AddSingleton<WorkerNamesQuery>();
        builder.Services.AddSingleton<Queries.Agency.TermedSpellsQuery>();
        builder.Services.AddSingleton<Queries.Results.StoredResultsQuery>();
        builder.Services.AddSingleton<Queries.Results.StoredChangesQuery>();
        builder.Services.AddTransient<Queries.Results.CouncilMetricsReader>();
        builder.Services.AddSingleton<Queries.Balancing.BalancingInputsQuery>();
        return builder;
    }
}

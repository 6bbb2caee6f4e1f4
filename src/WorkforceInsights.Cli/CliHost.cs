using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Import;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Cli;

/// <summary>
/// The services a verb needs, configured like the web app: appsettings.json beside `wi` (optional),
/// then environment variables (Database__Provider, Database__ConnectionString, Database__SqlitePath),
/// then --db. Logs go to standard error so standard output stays machine-readable.
/// </summary>
public static class CliHost
{
    public static IHost Build(CliArguments arguments)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        if (arguments.Option("db") is { } db)
        {
            builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.SqlitePath)}"] = db;
            builder.Configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] = nameof(DatabaseProvider.Sqlite);
        }

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddData();
        builder.AddImport();
        builder.AddReporting();
        var host = builder.Build();

        // As the web app does at start: bad settings stop every verb with the keys to fix, before any work.
        _ = host.Services.GetRequiredService<IOptions<AgencyOptions>>().Value;
        _ = host.Services.GetRequiredService<IOptions<MetricTargets>>().Value;
        return host;
    }

    public static T Get<T>(this IHost host) where T : notnull => host.Services.GetRequiredService<T>();
}

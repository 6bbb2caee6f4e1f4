using System.Globalization;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Metrics;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// `wi forecast [--as-of D] [--months H] [--extra-asye FTE] [--conversions N] [--leaving-change PCT]
/// [--establishment-change FTE] [--demand-change PCT] [--format json|table]`: forecast.md's forecast, the plan's
/// targets against it and the backtest.
/// </summary>
public static class ForecastCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "months", "extra-asye", "conversions", "leaving-change", "establishment-change", "demand-change", "format", "db");
        var format = arguments.Option("format") ?? "table";
        if (format is not ("json" or "table"))
        {
            throw new CliUsageException($"--format is json or table, not '{format}'.");
        }

        var monthsAsked = Number(arguments, "months", ForecastDates.DefaultMonths);
        var conversions = Number(arguments, "conversions", 0);
        var extraAsye = Number(arguments, "extra-asye", 0);
        var leavingChange = Number(arguments, "leaving-change", 0);
        var problem = ForecastLimits.Months(monthsAsked, "--months") ?? ForecastLimits.Conversions(conversions, "--conversions")
            ?? ForecastLimits.ExtraAsye(extraAsye, "--extra-asye") ?? ForecastLimits.LeavingChange(leavingChange, "--leaving-change");
        if (problem is not null)
        {
            throw new CliUsageException(problem);
        }

        var months = (int)monthsAsked;
        var scenario = new ForecastScenario(
            extraAsye, (int)conversions, leavingChange, Number(arguments, "establishment-change", 0), Number(arguments, "demand-change", 0));

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var inputs = await host.Get<MetricInputsQuery>().RunAsync();
        var extractDate = inputs.ExtractDate ?? throw new InvalidOperationException("The database holds no imported extract: run 'wi import' first.");
        var asOf = arguments.Option("as-of") is null ? extractDate : arguments.AsOfDate();
        if (asOf > extractDate)
        {
            throw new InvalidOperationException($"--as-of {IsoDate.Of(asOf)} is after the data's extract date {IsoDate.Of(extractDate)}: the extracts do not yet describe that day.");
        }

        var report = ForecastReport.Build(inputs, asOf, months, scenario, host.Get<IOptions<MetricTargets>>().Value);
        if (format == "json")
        {
            output.WriteLine(ForecastJson.Write(report));
        }
        else
        {
            ForecastTable.Write(report, output);
        }

        return 0;
    }

    private static double Number(CliArguments arguments, string name, double fallback) =>
        arguments.Option(name) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw new CliUsageException($"--{name} expects a number, not '{text}'.");
}

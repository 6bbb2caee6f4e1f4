using WorkforceInsights.Cli.Commands;

namespace WorkforceInsights.Cli;

/// <summary>Dispatches a `wi` verb and turns failures into a message and exit code 1.</summary>
public static class WiCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var arguments = CliArguments.Parse(args);
            return arguments.Verb switch
            {
                "migrate" => await MigrateCommand.RunAsync(arguments, output),
                "import" => await ImportCommand.RunAsync(arguments, output),
                "metrics" => await MetricsCommand.RunAsync(arguments, output),
                "quality" => await QualityCommand.RunAsync(arguments, output),
                "benchmarks" => await BenchmarksCommand.RunAsync(arguments, output),
                "forecast" => await ForecastCommand.RunAsync(arguments, output),
                "pack" => await PackCommand.RunAsync(arguments, output),
                "balance" => await BalanceCommand.RunAsync(arguments, output),
                "handovers" => await HandoversCommand.RunAsync(arguments, output),
                "agency-return" => await AgencyReturnCommand.RunAsync(arguments, output),
                "describe" => DescribeCommand.Run(arguments, output),
                "sample" => SampleCommand.Run(arguments, output),
                "help" or "--help" or "-h" => HelpCommand.Run(output),
                _ => throw new CliUsageException($"Unknown verb '{arguments.Verb}'."),
            };
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"wi: {ex.Message}");
            error.WriteLine(HelpCommand.Usage);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            error.WriteLine($"wi: {ex.Message}");
            return 1;
        }
    }
}

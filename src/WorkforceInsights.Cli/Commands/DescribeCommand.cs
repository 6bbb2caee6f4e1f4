using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi describe`: every metric's definition as a Markdown table, from the one place it is defined (docs/metrics.md embeds it).</summary>
public static class DescribeCommand
{
    public static int Run(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("db"); // cli.md: every verb accepts --db (describe uses no database)
        output.WriteLine("| id | metric | definition | numerator / denominator | unit | better | source fields | date rule | breakdowns |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var info in MetricCatalog.All.Select(m => m.Info))
        {
            var ratio = info.Denominator.Length == 0 ? info.Numerator : $"{info.Numerator} / {info.Denominator}";
            var better = info.Polarity switch { Polarity.LowerIsBetter => "lower", Polarity.HigherIsBetter => "higher", _ => "-" };
            output.WriteLine($"| {info.Id} | {info.Title} | {info.Definition} | {ratio} | {info.Unit.Label()} | {better} | {info.SourceFields} | {info.AsAtRule} | {string.Join(", ", info.Dimensions)} |");
        }

        return 0;
    }
}

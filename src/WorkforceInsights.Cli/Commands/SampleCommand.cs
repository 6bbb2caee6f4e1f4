using System.Globalization;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi sample [--out DIR] [--seed N] [--scale X]`: writes the synthetic council's extracts.</summary>
public static class SampleCommand
{
    public static int Run(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("out", "seed", "scale", "db"); // cli.md: every verb accepts --db (sample uses no database)
        var folder = arguments.Option("out") ?? "sample-data";
        var defaults = new SampleCouncilOptions();
        var options = new SampleCouncilOptions(
            Seed: arguments.Option("seed") is { } seed ? ParseNumber(int.Parse, seed, "--seed") : defaults.Seed,
            Scale: arguments.Option("scale") is { } scale ? ParseNumber(double.Parse, scale, "--scale") : defaults.Scale);
        if (options.Scale is <= 0 or > 100)
        {
            throw new CliUsageException("--scale must be more than 0 and at most 100.");
        }

        SampleCouncilGenerator.WriteTo(folder, options);
        output.WriteLine($"Wrote the sample council (seed {options.Seed}, scale {options.Scale.ToString(CultureInfo.InvariantCulture)}) to {Path.GetFullPath(folder)}.");
        return 0;
    }

    private static T ParseNumber<T>(Func<string, IFormatProvider, T> parse, string text, string option)
    {
        try
        {
            return parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new CliUsageException($"{option} expects a number, not '{text}'.");
        }
    }
}

namespace WorkforceInsights.Cli;

/// <summary>A parsed `wi` command line: the verb, positional arguments and --name value options.</summary>
public sealed record CliArguments(string Verb, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    options[name[..equals]] = name[(equals + 1)..];
                }
                else if (s_flags.Contains(name))
                {
                    options[name] = "true"; // a switch: the next argument is not its value
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options[name] = args[++i];
                }
                else
                {
                    throw new CliUsageException($"The option --{name} needs a value.");
                }
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new CliArguments(args.Count > 0 ? args[0].ToLowerInvariant() : "help", positional, options);
    }

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> s_flags = new(StringComparer.OrdinalIgnoreCase) { "allow-shrink" };

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The required --as-of reporting date, as yyyy-MM-dd.</summary>
    public DateOnly AsOfDate()
    {
        var text = Option("as-of") ?? throw new CliUsageException($"'wi {Verb}' needs --as-of yyyy-MM-dd.");
        return Core.Periods.IsoDate.TryParse(text, out var date)
            ? date
            : throw new CliUsageException($"--as-of expects a date as yyyy-MM-dd, not '{text}'.");
    }

    /// <summary>Rejects options this verb does not know, so a typo is an error rather than ignored.</summary>
    public void OnlyAllow(params string[] names)
    {
        var unknown = Options.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"'wi {Verb}' does not take --{string.Join(", --", unknown)}.");
        }
    }
}

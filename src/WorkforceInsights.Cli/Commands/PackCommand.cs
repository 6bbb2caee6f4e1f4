using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi pack --as-of yyyy-MM-dd --out &lt;file.docx&gt; [--db P]`: writes the Ofsted briefing pack (the document the dashboard offers).</summary>
public static class PackCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("as-of", "out", "db");
        var asOf = arguments.AsOfDate();
        var path = arguments.Option("out") ?? throw new CliUsageException("'wi pack' needs --out <file.docx>.");
        if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"--out names a Word document ending .docx, not '{path}'.");
        }

        using var host = CliHost.Build(arguments);
        await host.Get<SchemaMigrator>().MigrateAsync();
        var pack = await host.Get<BriefingPackBuilder>().BuildAsync(asOf)
            ?? throw new InvalidOperationException($"No figures are stored on or before {asOf:yyyy-MM-dd}: import the council's extracts first (wi import <folder>).");
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using (var file = File.Create(full))
        {
            BriefingPackWriter.Write(pack, file);
        }

        output.WriteLine($"Briefing pack for {pack.CouncilName}, data as at {pack.DataAsAt:yyyy-MM-dd}, written to {full}");
        return 0;
    }
}

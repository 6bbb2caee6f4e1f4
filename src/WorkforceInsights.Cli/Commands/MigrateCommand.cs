using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi migrate [--db P]`: creates or upgrades the schema.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter output)
    {
        arguments.OnlyAllow("db");
        using var host = CliHost.Build(arguments);
        var applied = await host.Get<SchemaMigrator>().MigrateAsync();
        output.WriteLine($"{host.Get<IDbConnectionFactory>().Describe()}: {(applied.Count == 0 ? "schema is up to date" : $"applied {string.Join(", ", applied)}")}.");
        return 0;
    }
}

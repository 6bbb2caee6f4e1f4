using System.Reflection;

namespace WorkforceInsights.Data;

/// <summary>The SQL files under the repository's sql/ folder, embedded into this assembly.</summary>
public static class SqlResources
{
    private static readonly Assembly s_assembly = typeof(SqlResources).Assembly;

    /// <summary>Resource names below a folder such as "sql/schema/sqlite/", in name order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        [.. s_assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && n.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    public static string Read(string name)
    {
        var resource = s_assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == name)
            ?? throw new InvalidOperationException($"Embedded SQL file '{name}' not found.");
        using var stream = s_assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using WorkforceInsights.Import.Extracts;

namespace WorkforceInsights.Import.Importers;

/// <summary>The known extract files in a folder (names matched case-insensitively) and the files ignored.</summary>
public sealed record ExtractFiles(IReadOnlyDictionary<ExtractKind, string> Found, IReadOnlyList<string> Ignored)
{
    public static ExtractFiles Find(string folder)
    {
        var byName = ExtractCatalog.CreateInLoadOrder().ToDictionary(d => d.FileName, d => d.Kind, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<ExtractKind, string>();
        var ignored = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if ((byName.TryGetValue(name, out var kind) && found.TryAdd(kind, path))
                || name.Equals(Reading.ExtractManifest.FileName, StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".import-lock", StringComparison.Ordinal))
            {
                continue;
            }

            ignored.Add(name);
        }

        return new ExtractFiles(found, ignored);
    }
}

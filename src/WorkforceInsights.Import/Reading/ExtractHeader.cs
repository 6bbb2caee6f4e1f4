using WorkforceInsights.Data.Audit;
using WorkforceInsights.Import.Extracts;

namespace WorkforceInsights.Import.Reading;

/// <summary>Reads and checks the header row of an extract (extracts.md, general rules).</summary>
public static class ExtractHeader
{
    /// <summary>
    /// Maps each column of the definition to its field index. Returns null (with errors logged)
    /// when the file is empty or a required column is missing: such a file is rejected whole.
    /// </summary>
    public static Dictionary<string, int>? Read(ExtractCsvReader reader, ExtractDefinition definition, IssueLog issues, out int fieldCount)
    {
        fieldCount = 0;
        if (!reader.Read())
        {
            issues.Add(ImportIssue.FileError($"{definition.FileName} is empty: a header row is required."));
            return null;
        }

        fieldCount = reader.Fields.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = definition.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < reader.Fields.Length; i++)
        {
            var name = HeaderName.Normalise(reader.Fields[i]);
            if (!known.Contains(name))
            {
                // Cut like a value: a header with an unclosed quote would otherwise name the rows it swallowed.
                unknown.Add(ImportIssue.ReportedValue(reader.Fields[i].Trim())!);
            }
            else if (!index.TryAdd(name, i))
            {
                issues.Add(ImportIssue.FileError($"{definition.FileName} has the column '{name}' twice.", name));
            }
        }

        foreach (var missing in definition.Columns.Where(c => c.Required && !index.ContainsKey(c.Name)))
        {
            issues.Add(ImportIssue.FileError($"{definition.FileName} has no '{missing.Name}' column, which is required.", missing.Name));
        }

        if (unknown.Count > 0)
        {
            issues.Add(ImportIssue.FileWarning($"{definition.FileName}: unknown column(s) ignored: {string.Join(", ", unknown)}."));
        }

        return issues.ErrorCount == 0 ? index : null;
    }
}

using System.Text.RegularExpressions;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Data.Tests.SqlServer;

/// <summary>
/// SQL lives in sql/ (or, for the loader's and the stored-results writer's per-table statements, in
/// SqlServerLoadStatements and SqlServerStoredResultsWriter), where the T-SQL check sees it: a statement written
/// inline anywhere else in the product would escape the check.
/// </summary>
public partial class InlineSqlTests
{
    /// <summary>The SQLite-only path (PRAGMAs, its bind-and-step loader and results staging) and the checked per-table statements.</summary>
    private static readonly string[] s_allowed =
    [
        "src/WorkforceInsights.Data/Loading/SqlServerLoadStatements.cs",
        "src/WorkforceInsights.Data/Loading/SqliteTableReplacer.cs",
        "src/WorkforceInsights.Data/Loading/SqliteTableReplacement.cs",
        "src/WorkforceInsights.Data/Loading/SqliteImportStaging.cs",
        "src/WorkforceInsights.Data/Connections/SqliteConnectionFactory.cs",
        "src/WorkforceInsights.Data/Series/SqlServerStoredResultsWriter.cs",
        "src/WorkforceInsights.Data/Series/SqliteStoredResultsWriter.cs",
    ];

    [Test]
    public void ShouldKeepEveryStatementOutOfTheCSharp_ExceptTheCheckedLoaderAndTheSqliteOnlyPath()
    {
        var root = RepositoryPaths.Root;
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !s_allowed.Contains(f))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Statement().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}");

        Assert.That(found, Is.Empty);
    }

    [TestCase("await connection.ExecuteAsync(\"INSERT INTO import_runs (outcome) VALUES (@o)\");")]
    [TestCase("command.CommandText = $\"SELECT run_id FROM import_runs\";")]
    [TestCase("DELETE FROM teams;")]
    public void ShouldRecogniseAStatementWrittenInline(string line) =>
        Assert.That(Statement().IsMatch(line), Is.True);

    [GeneratedRegex(@"\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|PROCEDURE)|MERGE\s+INTO|EXEC(UTE)?\s+\w)")]
    private static partial Regex Statement();
}

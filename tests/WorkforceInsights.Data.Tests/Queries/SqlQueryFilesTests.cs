using System.Text.RegularExpressions;

namespace WorkforceInsights.Data.Tests.Queries;

/// <summary>House rules for sql/queries: a header block, no SELECT *, parameters bound, not built.</summary>
public class SqlQueryFilesTests
{
    private static IEnumerable<string> QueryFiles() => SqlResources.List("sql/queries/");

    [TestCaseSource(nameof(QueryFiles))]
    public void ShouldOpenWithAHeaderNamingPurposeGrainAndParameters(string name)
    {
        var text = SqlResources.Read(name);

        Assert.That(text, Does.Contain("Purpose:").And.Contain("Grain:").And.Contain("Parameters:").And.Contain("Metric ids:"));
    }

    [TestCaseSource(nameof(QueryFiles))]
    public void ShouldNeverSelectStar(string name) =>
        Assert.That(Regex.IsMatch(SqlResources.Read(name), @"SELECT\s+\*", RegexOptions.IgnoreCase), Is.False);
}

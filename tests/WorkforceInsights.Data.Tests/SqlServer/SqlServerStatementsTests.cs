using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Data.Tests.SqlServer;

/// <summary>
/// Every T-SQL statement the SQL Server path sends is parsed by SQL Server's own parser and compiled against
/// the schema by SQL Server Data Tools' model, on every test run, with no server. A misspelt table or column,
/// or a construct that is not T-SQL, fails the run naming the file and the statement.
/// </summary>
public class SqlServerStatementsTests
{
    private static IEnumerable<SqlServerStatement> SchemaScripts() => SqlServerStatements.SchemaScripts();

    private static IEnumerable<SqlServerStatement> Statements() => SqlServerStatements.All();

    [TestCaseSource(nameof(SchemaScripts))]
    public void ShouldParseEverySchemaScript(SqlServerStatement script) =>
        Assert.That(TSqlCheck.ParseErrors(script), Is.Empty);

    [TestCaseSource(nameof(Statements))]
    public void ShouldParseEveryStatement(SqlServerStatement statement) =>
        Assert.That(TSqlCheck.ParseErrors(statement), Is.Empty);

    [Test]
    public void ShouldResolveEveryTableAndColumnEveryStatementNames_AgainstTheSchema() =>
        Assert.That(TSqlCheck.ModelErrors(SchemaScripts(), Statements()), Is.Empty);

    [Test]
    public void ShouldCoverTheAuditTheSwapTheRefreshTheStoredResultsTheMigratorAndEveryLoadedTable()
    {
        var sources = Statements().Select(s => s.Source).ToList();

        Assert.That(sources, Does.Contain("sql/queries/audit/start_run.sqlserver.sql").And.Contain("sql/queries/audit/finish_file.sql"));
        Assert.That(sources, Does.Contain("sql/queries/audit/load_staged_files.sql").And.Contain("sql/queries/audit/fail_staged_files.sql").And.Contain("sql/queries/state/raise_generation.sql"));
        Assert.That(sources, Does.Contain("sql/queries/series/record_refresh.sql").And.Contain("sql/queries/migrations/record_script.sql"));
        Assert.That(sources, Does.Contain("sql/queries/results/clear.sql").And.Contain("stored results writer (SqlServerStoredResultsWriter)").And.Contain("sql/queries/results/worker_change_counts.sql").And.Contain("sql/queries/results/worker_changes_page.sqlserver.sql"));
        Assert.That(sources.Where(s => s.StartsWith("loader for ", StringComparison.Ordinal)),
            Is.EquivalentTo(new[] { "teams", "worker_spells", "establishment", "allocations", "referrals" }.Select(t => $"loader for {t} (SqlServerLoadStatements)")));
    }

    // The check can fail: each of these is caught, and the message names the statement.
    [Test]
    public void ShouldReportAMisspeltColumn_NamingTheStatement()
    {
        var errors = TSqlCheck.ModelErrors(SchemaScripts(), [new("sql/queries/example/misspelt.sql", "SELECT team_nmae FROM teams;")]);

        Assert.That(errors, Has.Some.Contains("sql/queries/example/misspelt.sql").And.Contains("SQL71501").And.Contains("team_nmae"));
    }

    [Test]
    public void ShouldReportAMisspeltTable_NamingTheStatement()
    {
        var errors = TSqlCheck.ModelErrors(SchemaScripts(), [new("sql/queries/example/table.sql", "SELECT team_code FROM team;")]);

        Assert.That(errors, Has.Some.Contains("sql/queries/example/table.sql").And.Contains("[team]"));
    }

    [Test]
    public void ShouldReportALoaderStatementForAColumnTheTableLacks()
    {
        var statement = SqlServerStatements.Loader(new ExtractTable("teams", ["team_code", "team_title", "source_line"], ["team_code"]));

        Assert.That(TSqlCheck.ModelErrors(SchemaScripts(), [statement]), Has.Some.Contains("loader for teams").And.Contains("team_title"));
    }

    [TestCase("SELECT team_code FROM teams LIMIT 5;", TestName = "ShouldReportLimit_WhichIsNotTSql")]
    [TestCase("INSERT OR REPLACE INTO teams (team_code) VALUES (@code);", TestName = "ShouldReportInsertOrReplace_WhichIsSqlitesNotTSql")]
    public void ShouldReportAConstructThatIsNotTSql(string sql)
    {
        var errors = TSqlCheck.ParseErrors(new SqlServerStatement("sql/queries/example/dialect.sql", sql));

        Assert.That(errors, Has.Some.StartsWith("sql/queries/example/dialect.sql, line 1:"));
    }
}

using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace WorkforceInsights.Data.Tests.SqlServer;

/// <summary>
/// Checks T-SQL without a server, with Microsoft's own tools: ScriptDom (SQL Server's parser) for syntax,
/// and DacFx (SQL Server Data Tools' model) for references: the schema scripts' tables and indexes make the
/// model, each statement is compiled into it as a procedure, and every unresolved table or column is an error.
/// </summary>
public static partial class TSqlCheck
{
    private const int UnresolvedReference = 71502;

    /// <summary>Parse errors of one statement, each "source, line N: message".</summary>
    public static IReadOnlyList<string> ParseErrors(SqlServerStatement statement)
    {
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(AsSent(statement)), out var errors);
        return [.. errors.Select(e => $"{statement.Source}, line {e.Line}: {e.Message}")];
    }

    /// <summary>
    /// The model's errors once the schema and the statements are in it, each "SQLnnnnn: message"; a statement is
    /// compiled as a procedure named after its source, so the message names the file and the statement.
    /// </summary>
    public static IReadOnlyList<string> ModelErrors(IEnumerable<SqlServerStatement> schema, IEnumerable<SqlServerStatement> statements)
    {
        using var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var (source, declaration) in Declarations(schema))
        {
            model.AddOrUpdateObjects(declaration, source, new TSqlObjectOptions());
        }

        foreach (var statement in statements)
        {
            model.AddOrUpdateObjects(AsProcedure(statement), statement.Source, new TSqlObjectOptions());
        }

        // An unresolved table is only a warning in a procedure (deferred name resolution): it fails the check too.
        return [.. model.Validate()
            .Where(m => m.MessageType == DacMessageType.Error || m.Number == UnresolvedReference)
            .Where(m => !m.Message.Contains("[dbo].[sp_getapplock]", StringComparison.Ordinal) && !m.Message.Contains("[dbo].[sp_releaseapplock]", StringComparison.Ordinal)) // system procedures: the model holds only our schema
            .Select(m => $"{m.Prefix}{m.Number}: {m.Message}")];
    }

    /// <summary>
    /// The CREATE TABLE and CREATE INDEX statements of the schema scripts, found in ScriptDom's tree (also inside
    /// IF guards) and written back as plain declarations, which is what the model takes. A later script's
    /// ALTER TABLE … ADD column is folded into its table's CREATE TABLE (and DROP COLUMN taken out of it), as a migrated database has it.
    /// </summary>
    private static IEnumerable<(string Source, string Declaration)> Declarations(IEnumerable<SqlServerStatement> scripts)
    {
        var found = new List<(string Source, TSqlStatement Statement)>();
        var tables = new Dictionary<string, CreateTableStatement>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in scripts)
        {
            var tree = new TSql170Parser(true).Parse(new StringReader(script.Text), out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{script.Source} does not parse: {errors[0].Message} (line {errors[0].Line})");
            }

            var finder = new DeclarationFinder();
            tree.Accept(finder);
            foreach (var statement in finder.Found)
            {
                found.Add(($"{script.Source} #{found.Count + 1}", statement));
                if (statement is CreateTableStatement create)
                {
                    tables[create.SchemaObjectName.BaseIdentifier.Value] = create;
                }
            }

            foreach (var alter in finder.Alters)
            {
                var table = tables[alter.SchemaObjectName.BaseIdentifier.Value];
                foreach (var column in alter.Definition.ColumnDefinitions)
                {
                    table.Definition.ColumnDefinitions.Add(column);
                }
            }

            foreach (var drop in finder.Drops)
            {
                var columns = tables[drop.SchemaObjectName.BaseIdentifier.Value].Definition.ColumnDefinitions;
                foreach (var element in drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                {
                    columns.Remove(columns.Single(c => c.ColumnIdentifier.Value.Equals(element.Name.Value, StringComparison.OrdinalIgnoreCase)));
                }
            }
        }

        var generator = new Sql160ScriptGenerator();
        foreach (var (source, statement) in found)
        {
            generator.GenerateScript(statement, out var text);
            yield return (source, text);
        }
    }

    /// <summary>
    /// The statement as SQL Server receives it: Dapper expands <c>IN @list</c> into <c>IN (@list1, @list2, …)</c>
    /// itself, so the check sees a one-value list in its place.
    /// </summary>
    private static string AsSent(SqlServerStatement statement) =>
        DapperList().Replace(statement.Text, "IN (SELECT list.item FROM (VALUES (@$1)) AS list (item))");

    /// <summary>A statement as a procedure taking its parameters, so the model resolves everything it names.</summary>
    private static string AsProcedure(SqlServerStatement statement)
    {
        var body = AsSent(statement);
        var parameters = Parameter().Matches(StripComments(body)).Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(p => $"@{p} nvarchar(4000)");
        var name = statement.Source.Replace("]", "]]", StringComparison.Ordinal);
        return $"CREATE PROCEDURE dbo.[{name}] {string.Join(", ", parameters)}\nAS\nBEGIN\n{body}\nEND";
    }

    private static string StripComments(string sql) => LineComment().Replace(BlockComment().Replace(sql, " "), " ");

    [GeneratedRegex(@"\bIN\s+@(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DapperList();

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    private sealed class DeclarationFinder : TSqlFragmentVisitor
    {
        public List<TSqlStatement> Found { get; } = [];

        public override void Visit(CreateTableStatement node) => Found.Add(node);

        public override void Visit(CreateIndexStatement node) => Found.Add(node);

        public List<AlterTableAddTableElementStatement> Alters { get; } = [];

        public override void Visit(AlterTableAddTableElementStatement node) => Alters.Add(node);

        public List<AlterTableDropTableElementStatement> Drops { get; } = [];

        public override void Visit(AlterTableDropTableElementStatement node) => Drops.Add(node);
    }
}

using System.Text.RegularExpressions;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;

namespace WorkforceInsights.Data.Tests.Migrations;

/// <summary>Every table, column, key and index of the SQLite scripts has its SQL Server counterpart.</summary>
public partial class SchemaParityTests
{
    private static readonly SchemaShape s_sqlite = SchemaShape.Read(DatabaseProvider.Sqlite);
    private static readonly SchemaShape s_sqlServer = SchemaShape.Read(DatabaseProvider.SqlServer);

    [Test]
    public void ShouldHaveTheSameNumberedScriptsForBothEngines() =>
        Assert.That(s_sqlServer.Scripts, Is.EqualTo(s_sqlite.Scripts));

    [Test]
    public void ShouldCreateTheSameTablesWithTheSameColumns()
    {
        Assert.That(s_sqlServer.Columns.Keys, Is.EquivalentTo(s_sqlite.Columns.Keys));
        foreach (var (table, columns) in s_sqlite.Columns)
        {
            Assert.That(s_sqlServer.Columns[table], Is.EqualTo(columns), table);
        }
    }

    [Test]
    public void ShouldDeclareTheSamePrimaryKeys() =>
        Assert.That(s_sqlServer.PrimaryKeys, Is.EquivalentTo(s_sqlite.PrimaryKeys));

    [Test]
    public void ShouldCreateTheSameIndexes() =>
        Assert.That(s_sqlServer.Indexes, Is.EquivalentTo(s_sqlite.Indexes));

    [Test]
    public void ShouldStoreFteAsDecimalAndDatesAsDate_OnSqlServer()
    {
        var script = SqlResources.Read("sql/schema/sqlserver/0002_create_worker_spells.sql");

        Assert.That(script, Does.Match(@"fte\s+decimal\(4,2\)").And.Match(@"start_date\s+date\s"));
    }

    /// <summary>
    /// The final shape of one engine's schema scripts, read with regular expressions (enough for our own scripts'
    /// layout): every statement that makes, changes or drops a table or an index, applied in script order, so a table
    /// made again (SQLite's way to change one: rename, create, copy, drop) counts once, with what it has at the end.
    /// </summary>
    private sealed partial record SchemaShape(List<string> Scripts, Dictionary<string, List<string>> Columns, List<string> PrimaryKeys, List<string> Indexes)
    {
        public static SchemaShape Read(DatabaseProvider provider)
        {
            var folder = SchemaMigrator.SchemaFolder(provider);
            var names = SqlResources.List(folder);
            var text = string.Join("\n", names.Select(SqlResources.Read));
            var tables = new Dictionary<string, Table>();
            var statements = new[] { CreateTable(), AlterColumn(), RenameTable(), DropTable(), CreateIndex(), DropIndex() }
                .SelectMany(statement => statement.Matches(text)).OrderBy(m => m.Index);
            foreach (var statement in statements)
            {
                var name = statement.Groups["table"].Value;
                switch (statement.Groups["statement"].Value)
                {
                    case "CREATE TABLE":
                        tables[name] = Table.Of(statement.Groups["body"].Value);
                        break;
                    case "ADD":
                        tables[name].Columns.Add(statement.Groups["column"].Value);
                        break;
                    case "DROP":
                        tables[name].Columns.Remove(statement.Groups["column"].Value);
                        break;
                    case "RENAME TO":
                        tables.Remove(name, out var renamed);
                        tables[statement.Groups["to"].Value] = renamed!;
                        break;
                    case "DROP TABLE":
                        tables.Remove(name); // with its indexes
                        break;
                    case "CREATE INDEX" or "CREATE UNIQUE INDEX":
                        tables[name].Indexes[statement.Groups["index"].Value] = (statement.Groups["unique"].Success, Normalise(statement.Groups["columns"].Value));
                        break;
                    case "DROP INDEX":
                        foreach (var table in tables.Values)
                        {
                            table.Indexes.Remove(statement.Groups["index"].Value);
                        }

                        break;
                }
            }

            return new SchemaShape(
                [.. names.Select(n => n[folder.Length..])],
                tables.ToDictionary(t => t.Key, t => t.Value.Columns),
                [.. tables.SelectMany(t => t.Value.Keys.Select(key => $"{t.Key}({key})"))],
                [.. tables.SelectMany(t => t.Value.Indexes.Select(index => $"{(index.Value.Unique ? "UNIQUE " : "")}{index.Key} {t.Key}({index.Value.Columns})"))]);
        }

        private static string Normalise(string columns) => string.Join(",", columns.Split(',').Select(c => c.Trim()));

        /// <summary>One table: its columns in order, its primary key's columns, and its indexes by name.</summary>
        private sealed record Table(List<string> Columns, List<string> Keys, Dictionary<string, (bool Unique, string Columns)> Indexes)
        {
            public static Table Of(string body)
            {
                var table = new Table([], [], []);
                foreach (var line in body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)))
                {
                    if (line.StartsWith("PRIMARY KEY", StringComparison.Ordinal))
                    {
                        table.Keys.Add(Normalise(line[(line.IndexOf('(', StringComparison.Ordinal) + 1)..line.IndexOf(')', StringComparison.Ordinal)]));
                        continue;
                    }

                    var column = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    table.Columns.Add(column);
                    if (line.Contains("PRIMARY KEY", StringComparison.Ordinal))
                    {
                        table.Keys.Add(column);
                    }
                }

                return table;
            }
        }

        [GeneratedRegex(@"(?<statement>CREATE TABLE) (?:IF NOT EXISTS )?(?:dbo\.)?(?<table>\w+) \((?<body>.*?)\n\)(?: WITHOUT ROWID)?;", RegexOptions.Singleline)]
        private static partial Regex CreateTable();

        [GeneratedRegex(@"ALTER TABLE (?:dbo\.)?(?<table>\w+) (?<statement>ADD|DROP)(?: COLUMN)? (?<column>\w+)")]
        private static partial Regex AlterColumn();

        [GeneratedRegex(@"ALTER TABLE (?:dbo\.)?(?<table>\w+) (?<statement>RENAME TO) (?<to>\w+)")]
        private static partial Regex RenameTable();

        [GeneratedRegex(@"(?<statement>DROP TABLE) (?:IF EXISTS )?(?:dbo\.)?(?<table>\w+)")]
        private static partial Regex DropTable();

        [GeneratedRegex(@"(?<statement>CREATE (?<unique>UNIQUE )?INDEX) (?:IF NOT EXISTS )?(?<index>\w+)\s+ON (?:dbo\.)?(?<table>\w+) \((?<columns>[^)]*)\)")]
        private static partial Regex CreateIndex();

        [GeneratedRegex(@"(?<statement>DROP INDEX) (?:IF EXISTS )?(?:dbo\.)?(?<index>\w+)")]
        private static partial Regex DropIndex();
    }
}

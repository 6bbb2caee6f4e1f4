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

    /// <summary>The shape of one engine's schema scripts, read with regular expressions (enough for our own scripts' layout).</summary>
    private sealed partial record SchemaShape(List<string> Scripts, Dictionary<string, List<string>> Columns, List<string> PrimaryKeys, List<string> Indexes)
    {
        public static SchemaShape Read(DatabaseProvider provider)
        {
            var folder = SchemaMigrator.SchemaFolder(provider);
            var names = SqlResources.List(folder);
            var text = string.Join("\n", names.Select(SqlResources.Read));
            var columns = new Dictionary<string, List<string>>();
            var keys = new List<string>();
            // The final shape: tables made, made again (SQLite's way to change one) and altered, in script order.
            foreach (var change in CreateTable().Matches(text).Concat(AlterColumn().Matches(text)).OrderBy(m => m.Index))
            {
                if (change.Groups["verb"].Success)
                {
                    var (altered, column) = (change.Groups["table"].Value, change.Groups["column"].Value);
                    if (change.Groups["verb"].Value == "ADD")
                    {
                        columns[altered].Add(column);
                    }
                    else
                    {
                        columns[altered].Remove(column);
                    }

                    continue;
                }

                var name = change.Groups["name"].Value;
                columns[name] = [];
                keys.RemoveAll(key => key.StartsWith(name + "(", StringComparison.Ordinal));
                foreach (var line in change.Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)))
                {
                    if (line.StartsWith("PRIMARY KEY", StringComparison.Ordinal))
                    {
                        keys.Add($"{name}({Normalise(line[(line.IndexOf('(', StringComparison.Ordinal) + 1)..line.IndexOf(')', StringComparison.Ordinal)])})");
                        continue;
                    }

                    var column = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    columns[name].Add(column);
                    if (line.Contains("PRIMARY KEY", StringComparison.Ordinal))
                    {
                        keys.Add($"{name}({column})");
                    }
                }
            }

            var indexes = CreateIndex().Matches(text).Select(m => $"{m.Groups["unique"].Value.Trim()} {m.Groups["name"].Value} {m.Groups["table"].Value}({Normalise(m.Groups["columns"].Value)})".Trim()).ToList();
            return new SchemaShape([.. names.Select(n => n[folder.Length..])], columns, keys, indexes);
        }

        private static string Normalise(string columns) => string.Join(",", columns.Split(',').Select(c => c.Trim()));

        [GeneratedRegex(@"CREATE TABLE (?:IF NOT EXISTS )?(?:dbo\.)?(?<name>\w+) \((?<body>.*?)\n\)(?: WITHOUT ROWID)?;", RegexOptions.Singleline)]
        private static partial Regex CreateTable();

        [GeneratedRegex(@"ALTER TABLE (?:dbo\.)?(?<table>\w+) (?<verb>ADD|DROP)(?: COLUMN)? (?<column>\w+)")]
        private static partial Regex AlterColumn();

        [GeneratedRegex(@"CREATE (?<unique>UNIQUE )?INDEX (?:IF NOT EXISTS )?(?<name>\w+)\s+ON (?:dbo\.)?(?<table>\w+) \((?<columns>[^)]*)\)")]
        private static partial Regex CreateIndex();
    }
}

using WorkforceInsights.Data.Connections;
using System.Text;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md, general rules: encodings, line endings, quoting, blank lines.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class EncodingAndFormatTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [Test]
    public async Task ShouldLoadUtf8WithBom_KeepingPoundAccentAndCurlyApostrophe()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,Café £ O’Neill,Assessment\n", new UTF8Encoding(true));

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Loaded));
        Assert.That(report.Files[0].Encoding, Is.EqualTo("UTF-8 (BOM)"));
        Assert.That(await Db.QueryAsync<string>("SELECT team_name FROM teams"), Is.EqualTo(new[] { "Café £ O’Neill" }));
    }

    [Test]
    public async Task ShouldLoadWindows1252_KeepingPoundAccentAndCurlyApostrophe()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\r\nT1,Café £ O’Neill,Assessment\r\n", FileFingerprint.Windows1252);

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Encoding, Is.EqualTo("Windows-1252"));
        Assert.That(await Db.QueryAsync<string>("SELECT team_name FROM teams"), Is.EqualTo(new[] { "Café £ O’Neill" }));
    }

    [Test]
    public async Task ShouldReadCrlfLineEndings_WithoutCarriageReturnsInValues()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area,locality\r\nT1,One,Assessment,Yeovil\r\nT2,Two,Front Door,Taunton\r\n");

        await Db.ImportAsync();

        Assert.That(await Db.QueryAsync<string>("SELECT locality FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "Yeovil", "Taunton" }));
    }

    [Test]
    public async Task ShouldReadQuotedCommasDoubledQuotesAndLineBreaks()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,\"Smith, \"\"North\"\"\nand East\",Assessment\nT2,Plain,Front Door\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].RowsLoaded, Is.EqualTo(2));
        Assert.That((await Db.QueryAsync<string>("SELECT team_name FROM teams WHERE team_code = 'T1'"))[0], Is.EqualTo("Smith, \"North\"\nand East"));
        // T2 starts on line 4 because T1's quoted value spans lines 2 and 3.
        Assert.That((await Db.QueryAsync<long>("SELECT source_line FROM teams WHERE team_code = 'T2'"))[0], Is.EqualTo(4));
    }

    [Test]
    public async Task ShouldReportTheStartLineOfARowAfterAMultiLineValue()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,\"two\nlines\",Assessment\nT2,Two,\n");

        var report = await Db.ImportAsync();

        var error = report.Files[0].Errors.Single();
        Assert.That((error.LineNumber, error.ColumnName), Is.EqualTo(((long?)4, "service_area")));
    }

    [Test]
    public async Task ShouldIgnoreBlankTrailingLines()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,One,Assessment\n\n\r\n\n");

        var report = await Db.ImportAsync();

        Assert.That((report.Files[0].Outcome, report.Files[0].RowsRead), Is.EqualTo((ImportOutcome.Loaded, 1L)));
    }

    [Test]
    public async Task ShouldRejectARowWithMoreFieldsThanTheHeader_SuchAsAnUnquotedComma()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,Smith, Jones,Assessment\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files[0].Errors.First().Message, Does.Contain("4 fields but the header has 3"));
    }
}

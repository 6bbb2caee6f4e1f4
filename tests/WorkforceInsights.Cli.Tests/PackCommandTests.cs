using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>`wi pack`: the Ofsted briefing pack opens, has every section, and its figures are those of `wi metrics` and `wi benchmarks show`.</summary>
public class PackCommandTests : TempFolderTest
{
    private const string AsOf = "2026-09-30";

    [Test]
    public async Task ShouldWriteAPackWhoseFiguresEqualWiMetricsAndWiBenchmarksShow()
    {
        await ImportedSample.CopyToAsync(Db);
        var path = Path.Combine(Folder, "pack.docx");

        var pack = await WiRun.RunAsync("pack", "--as-of", AsOf, "--out", path, "--db", Db);
        var metrics = JsonDocument.Parse((await WiRun.RunAsync("metrics", "--as-of", AsOf, "--db", Db, "--format", "json")).Output).RootElement;
        var benchmarks = JsonDocument.Parse((await WiRun.RunAsync("benchmarks", "show", "--la", "933", "--db", Db, "--format", "json")).Output).RootElement;

        Assert.That(pack.ExitCode, Is.Zero, pack.Error);
        using var document = WordprocessingDocument.Open(path, false);
        Assert.That(new OpenXmlValidator().Validate(document).Select(e => e.Description), Is.Empty, "a valid Word document");
        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "Workforce stability", "Caseloads", "Children's experience of changes of social worker", "Demand and re-referrals", "Where we are heading", "Appendix A: definitions", "Appendix B: data quality" }));
        Assert.That(body.InnerText, Does.Contain("Data as at 30 September 2026").And.Contain("Benchmarks of Somerset, for illustration").And.Contain("Open Government Licence v3.0"));
        Assert.That(body.Elements<Paragraph>().Count(p => p.InnerText == "How we know"), Is.EqualTo(5), "a heading for leaders to write in, in each theme and under where we are heading");
        Assert.That(document.MainDocumentPart.ImageParts.Count(), Is.GreaterThanOrEqualTo(4), "each theme's charts");

        var turnover = Row(body, "Turnover rate");
        var culture = CultureInfo.GetCultureInfo("en-GB");
        Assert.That(turnover[1], Is.EqualTo(metrics.GetProperty("workforce").GetProperty("turnoverRate").GetDouble().ToString("N1", culture) + "%"), "the council's figure is wi metrics'");
        var published = benchmarks.GetProperty("measures").GetProperty("turnoverRate");
        Assert.That(turnover[5], Is.EqualTo(published.GetProperty("england").GetDouble().ToString("N1", culture)), "England is wi benchmarks show's");
        Assert.That(turnover[7], Is.EqualTo(published.GetProperty("neighboursMedian").GetDouble().ToString("N1", culture)));
        Assert.That(Row(body, "Average caseload")[1], Is.EqualTo(metrics.GetProperty("caseload").GetProperty("averageCaseload").GetDouble().ToString("N1", culture)));
        Assert.That(Row(body, "Re-referral rate")[1], Is.EqualTo(metrics.GetProperty("referrals").GetProperty("reReferralRate").GetDouble().ToString("N1", culture) + "%"));

        SavePageOneAsPicture(path);
    }

    [Test]
    public async Task ShouldSayFewerThan12MonthsOfData_ForTheFiguresTheSamplesHistoryDoesNotYetCover()
    {
        // 31 March 2020: the sample's history starts on 2018-10-01, so the year to the date is covered, but not the
        // year to 31 March 2019 (the year before), nor the two years re-referrals need.
        await ImportedSample.CopyToAsync(Db);
        var path = Path.Combine(Folder, "pack.docx");

        var pack = await WiRun.RunAsync("pack", "--as-of", "2020-03-31", "--out", path, "--db", Db);

        Assert.That(pack.ExitCode, Is.Zero, pack.Error);
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var turnover = Row(body, "Turnover rate");
        Assert.That(turnover[1], Does.Match(@"^\d+\.\d%$"));
        Assert.That(turnover[2], Is.EqualTo("fewer than 12 months of data"), "31 March 2019's year starts before the history");
        Assert.That(Row(body, "Re-referral rate")[1], Is.EqualTo("fewer than 12 months of data"));
        Assert.That(body.Elements<Paragraph>().Select(p => p.InnerText), Has.One.EqualTo("Re-referral rate: fewer than 12 months of data on 31 March 2020, so no figure is given yet."));
    }

    [Test]
    public async Task ShouldWriteAPack_WhenNoBenchmarksWereImported()
    {
        // A council that never imports the DfE's files still gets its pack, with its own figures and no comparison.
        var input = Path.Combine(Folder, "in");
        await ScenarioFiles.WriteToAsync(input);
        Assert.That((await WiRun.RunAsync("import", input, "--db", Db)).ExitCode, Is.Zero);
        var path = Path.Combine(Folder, "pack.docx");

        var pack = await WiRun.RunAsync("pack", "--as-of", Core.Tests.Fixtures.ScenarioCouncil.AsOf, "--out", path, "--db", Db);

        Assert.That(pack.ExitCode, Is.Zero, pack.Error);
        using var document = WordprocessingDocument.Open(path, false);
        var turnover = Row(document.MainDocumentPart!.Document.Body!, "Turnover rate");
        Assert.That(turnover[1], Does.EndWith("%"), "the council's own figure");
        Assert.That(turnover[5], Is.EqualTo("-"), "no published England figure to compare with");
    }

    private static List<string> Row(Body body, string measure) =>
        [.. body.Descendants<TableRow>().First(r => r.Elements<TableCell>().First().InnerText == measure).Elements<TableCell>().Select(c => c.InnerText)];

    /// <summary>Where LibreOffice is installed, page 1 as a picture in artifacts/, for a person to look at.</summary>
    private static void SavePageOneAsPicture(string docx)
    {
        if (!File.Exists("/usr/bin/soffice") || !File.Exists("/usr/bin/pdftoppm"))
        {
            TestContext.Out.WriteLine("LibreOffice or pdftoppm not installed: no picture of the pack.");
            return;
        }

        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "pack")).FullName;
        Run("/usr/bin/soffice", $"--headless --convert-to pdf --outdir \"{artifacts}\" \"{docx}\"");
        Run("/usr/bin/pdftoppm", $"-png -r 60 -f 1 -l 2 \"{Path.Combine(artifacts, "pack.pdf")}\" \"{Path.Combine(artifacts, "pack-page")}\"");
        Assert.That(Directory.GetFiles(artifacts, "pack-page*.png"), Is.Not.Empty, "LibreOffice opened the pack and converted it");
    }

    private static void Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit(120_000);
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkforceInsights.Reporting.Tests;

/// <summary>The pack as a Word document: valid, with a heading per theme, a table per theme, and alt text on every chart.</summary>
public class BriefingPackWriterTests : ScenarioPackFixture
{
    private static WordprocessingDocument Open(BriefingPack pack, MemoryStream stream)
    {
        BriefingPackWriter.Write(pack, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    [Test]
    public void ShouldWriteAValidDocument_WithAHeadingForEachThemeAndTheAppendices()
    {
        using var stream = new MemoryStream();
        using var document = Open(Pack, stream);

        Assert.That(new OpenXmlValidator().Validate(document).Select(e => e.Description), Is.Empty);
        var headings = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText);
        Assert.That(headings, Is.EqualTo(Pack.Sections.Select(s => s.Title).Concat(["Appendix A: definitions", "Appendix B: data quality"])));
    }

    [Test]
    public void ShouldGiveEveryPictureTheChartsSummaryAsItsDescription()
    {
        using var stream = new MemoryStream();
        using var document = Open(Pack, stream);

        var descriptions = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .Select(d => d.Description?.Value).ToList();
        Assert.That(descriptions, Is.EqualTo(Pack.Sections.SelectMany(s => s.Charts).Select(c => c.AltText)));
    }

    [Test]
    public void ShouldPutEachThemesFiguresInATable_RowForRow()
    {
        using var stream = new MemoryStream();
        using var document = Open(Pack, stream);

        var firstCells = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().First().InnerText).ToHashSet();
        Assert.That(Pack.Sections.SelectMany(s => s.Figures).Select(f => f.Measure), Is.SubsetOf(firstCells));
    }
}

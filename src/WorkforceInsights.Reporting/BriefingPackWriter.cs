using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace WorkforceInsights.Reporting;

/// <summary>
/// Lays a <see cref="BriefingPack"/> out as a Word document that a director finishes in Word or LibreOffice:
/// cover, one chapter per theme (facts, charts, figures, then blank "how we know" and "what we will do next"),
/// and appendices of definitions and data quality.
/// </summary>
/// <remarks>
/// Only elements and attributes of the first edition (Office 2007) schema are written, in schema order, so that
/// <c>OpenXmlValidator</c> with its default file format reports nothing and older readers open the file as well.
/// </remarks>
public static class BriefingPackWriter
{
    private const string DocumentTitle = "Workforce and caseloads: briefing for Ofsted";
    private const string BodyFont = "Arial";

    private const string TitleStyle = "Title";
    private const string SubtitleStyle = "Subtitle";
    private const string Heading1Style = "Heading1";
    private const string Heading2Style = "Heading2";
    private const string CaptionStyle = "Caption";
    private const string TableTextStyle = "TableText";

    // Twips (1/1440 inch; 567 to the centimetre): A4 portrait with 2 cm margins leaves 9,638 twips (17 cm) of text.
    private const uint PageWidthTwips = 11906;
    private const uint PageHeightTwips = 16838;
    private const uint MarginTwips = 1134;
    private const uint HeaderFooterTwips = 709;
    private const int TextWidthTwips = (int)(PageWidthTwips - (2 * MarginTwips));

    // DrawingML measures in EMUs, 360,000 to the centimetre; 16 cm leaves a little air inside the 17 cm of text.
    private const long EmusPerCentimetre = 360_000;
    private const long ChartWidthEmus = 16 * EmusPerCentimetre;

    private const string PictureGraphicUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private static readonly CultureInfo s_enGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] s_figureHeaders =
        ["Measure", "Council", "A year before", "Target", "Status", "England", "Region", "Neighbours' median", "Quartile", "Benchmark period"];

    // Relative column widths: the measure's name needs room; ten columns of figures share the rest.
    private static readonly int[] s_figureWeights = [30, 10, 11, 10, 11, 10, 10, 12, 10, 13];

    private static readonly string[] s_definitionHeaders = ["Id", "Measure", "Definition"];
    private static readonly int[] s_definitionWeights = [10, 30, 60];

    private static readonly string[] s_dataQualityHeaders = ["Finding", "Count", "What it means"];
    private static readonly int[] s_dataQualityWeights = [40, 10, 50];

    /// <summary>Writes the pack as a .docx (WordprocessingDocument) to the stream.</summary>
    public static void Write(BriefingPack pack, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(output);

        if (output.CanSeek && output.CanRead)
        {
            WritePackage(pack, output);
            return;
        }

        // System.IO.Packaging reads and seeks while it writes the zip, which a response body cannot: build in memory, then copy.
        using var buffer = new MemoryStream();
        WritePackage(pack, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WritePackage(BriefingPack pack, Stream output)
    {
        // Disposing the package is what writes it (parts are saved on close), before the caller reads the stream.
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        SetCoreProperties(document, pack);

        var mainPart = document.AddMainDocumentPart();
        AddStyles(mainPart);

        var body = new Body();
        AppendCover(body, pack);

        // wp:docPr ids must be unique across the document, or Word reports it as corrupt.
        uint pictureId = 0;
        foreach (var section in pack.Sections)
        {
            AppendSection(body, mainPart, section, ref pictureId);
        }

        AppendDefinitions(body, pack.Definitions);
        AppendDataQuality(body, pack.DataQuality);
        body.Append(new Paragraph(TextRun(pack.Attribution, new RunProperties(new Italic()))));

        // The body's last child describes the final (here, only) section: page size and margins.
        body.Append(PageSetup());
        mainPart.Document = new Document(body);
    }

    private static void SetCoreProperties(WordprocessingDocument document, BriefingPack pack)
    {
        var properties = document.PackageProperties;
        properties.Title = DocumentTitle;
        properties.Subject = pack.CouncilName;
        properties.Creator = "WorkforceInsights";
        properties.Language = "en-GB";
        properties.Created = pack.GeneratedAt.UtcDateTime;
    }

    private static void AppendCover(Body body, BriefingPack pack)
    {
        body.Append(StyledParagraph(TitleStyle, DocumentTitle));
        body.Append(StyledParagraph(SubtitleStyle, pack.CouncilName));
        if (pack.BenchmarkNote is not null)
        {
            body.Append(TextParagraph(pack.BenchmarkNote));
        }

        body.Append(TextParagraph($"Data as at {pack.DataAsAt.ToString("d MMMM yyyy", s_enGb)}"));
        body.Append(TextParagraph($"Generated {pack.GeneratedAt.ToUniversalTime().ToString("d MMMM yyyy, HH:mm", s_enGb)} UTC"));
        body.Append(PageBreakParagraph());
    }

    private static void AppendSection(Body body, MainDocumentPart mainPart, PackSection section, ref uint pictureId)
    {
        body.Append(StyledParagraph(Heading1Style, section.Title));

        body.Append(StyledParagraph(Heading2Style, "What we know"));
        foreach (var sentence in section.WhatWeKnow)
        {
            body.Append(TextParagraph(sentence));
        }

        foreach (var chart in section.Charts)
        {
            pictureId++;
            body.Append(ChartParagraph(mainPart, chart, pictureId));
            body.Append(StyledParagraph(CaptionStyle, $"Figure: {chart.Title}"));
        }

        // A theme with no figures gets no table rather than a header row over nothing.
        if (section.Figures.Count > 0)
        {
            var rows = section.Figures.Select(f => new[]
            {
                f.Measure, f.Council, f.YearBefore, f.Target, f.Status,
                f.England, f.Region, f.NeighboursMedian, f.Quartile, f.BenchmarkPeriod,
            });
            body.Append(BuildTable(s_figureHeaders, s_figureWeights, rows));
        }

        foreach (var table in section.Tables ?? [])
        {
            body.Append(StyledParagraph(CaptionStyle, $"Table: {table.Caption}"));
            body.Append(BuildTable([.. table.Headers], [.. table.Headers.Select((_, i) => i == 0 ? 2 * (table.Headers.Count - 1) : 2)], table.Rows.Select(r => r.ToArray())));
        }

        // Left empty on purpose: the leaders write these parts themselves.
        body.Append(StyledParagraph(Heading2Style, "How we know"));
        body.Append(new Paragraph());
        body.Append(StyledParagraph(Heading2Style, "What we will do next"));
        body.Append(new Paragraph());

        body.Append(PageBreakParagraph());
    }

    private static void AppendDefinitions(Body body, IReadOnlyList<PackDefinition> definitions)
    {
        body.Append(StyledParagraph(Heading1Style, "Appendix A: definitions"));
        var rows = definitions.Select(d => new[] { d.Id, d.Title, d.Definition });
        body.Append(BuildTable(s_definitionHeaders, s_definitionWeights, rows));
    }

    private static void AppendDataQuality(Body body, IReadOnlyList<PackDataQualityRow> findings)
    {
        body.Append(StyledParagraph(Heading1Style, "Appendix B: data quality"));
        if (findings.Count == 0)
        {
            body.Append(TextParagraph("No data-quality findings on this date."));
            return;
        }

        var rows = findings.Select(f => new[] { f.Finding, f.Count, f.Meaning });
        body.Append(BuildTable(s_dataQualityHeaders, s_dataQualityWeights, rows));
    }

    private static Paragraph ChartParagraph(MainDocumentPart mainPart, PackChart chart, uint pictureId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chart.WidthPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chart.HeightPixels);

        var imagePart = mainPart.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(chart.Png, writable: false))
        {
            imagePart.FeedData(png);
        }

        // Scaled to the fixed width, keeping the renderer's aspect ratio.
        var height = ChartWidthEmus * chart.HeightPixels / chart.WidthPixels;
        var drawing = InlinePicture(mainPart.GetIdOfPart(imagePart), pictureId, chart.Title, chart.AltText, ChartWidthEmus, height);

        // Keep the chart on the same page as its caption.
        return new Paragraph(new ParagraphProperties(new KeepNext()), new Run(drawing));
    }

    /// <summary>The inline picture of Microsoft's "Insert a picture into a word processing document" sample, less its Office 2010 extras.</summary>
    private static Drawing InlinePicture(string relationshipId, uint id, string name, string description, long width, long height) =>
        new(
            new DW.Inline(
                new DW.Extent { Cx = width, Cy = height },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                // Word and LibreOffice read a picture's alternative text from docPr/@descr.
                new DW.DocProperties { Id = id, Name = name, Description = description },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(
                    new A.GraphicData(
                        new PIC.Picture(
                            new PIC.NonVisualPictureProperties(
                                // As in Word's own files: the unique id is docPr's; the picture's own id stays 0.
                                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description },
                                new PIC.NonVisualPictureDrawingProperties()),
                            new PIC.BlipFill(
                                new A.Blip { Embed = relationshipId },
                                new A.Stretch(new A.FillRectangle())),
                            new PIC.ShapeProperties(
                                new A.Transform2D(
                                    new A.Offset { X = 0L, Y = 0L },
                                    new A.Extents { Cx = width, Cy = height }),
                                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                    { Uri = PictureGraphicUri }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            });

    private static Table BuildTable(string[] headers, int[] weights, IEnumerable<string[]> rows)
    {
        var widths = ColumnWidths(weights);

        // tblGrid is required by the schema, and LibreOffice lays columns out from it.
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, // 5000 fiftieths of a per cent = 100%
                AllBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        table.Append(Row(headers, widths, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, isHeader: false));
        }

        return table;
    }

    private static int[] ColumnWidths(int[] weights)
    {
        var total = weights.Sum();
        return weights.Select(w => w * TextWidthTwips / total).ToArray();
    }

    private static TableBorders AllBorders() =>
        new(
            SingleLine<TopBorder>(),
            SingleLine<LeftBorder>(),
            SingleLine<BottomBorder>(),
            SingleLine<RightBorder>(),
            SingleLine<InsideHorizontalBorder>(),
            SingleLine<InsideVerticalBorder>());

    private static T SingleLine<T>()
        where T : BorderType, new() =>
        new T { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "808080" };

    private static TableRow Row(string[] cells, int[] widths, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            // Repeat the header row at the top of every page the table runs onto, and never split it.
            row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(Cell(cells[i], widths[i], isHeader));
        }

        return row;
    }

    private static TableCell Cell(string text, int widthTwips, bool isHeader)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(widthTwips), Type = TableWidthUnitValues.Dxa });
        if (isHeader)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
        }

        var run = isHeader ? TextRun(text, new RunProperties(new Bold())) : TextRun(text);
        return new TableCell(properties, StyledParagraph(TableTextStyle, run));
    }

    private static Paragraph TextParagraph(string text) => new(TextRun(text));

    private static Paragraph StyledParagraph(string styleId, string text) => StyledParagraph(styleId, TextRun(text));

    private static Paragraph StyledParagraph(string styleId, Run run) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);

    private static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        // Preserve keeps leading and trailing spaces that XML would otherwise collapse.
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph PageBreakParagraph() => new(new Run(new Break { Type = BreakValues.Page }));

    private static SectionProperties PageSetup() =>
        new(
            new PageSize { Width = PageWidthTwips, Height = PageHeightTwips },
            // The schema requires all seven margins.
            new PageMargin
            {
                Top = (int)MarginTwips,
                Right = MarginTwips,
                Bottom = (int)MarginTwips,
                Left = MarginTwips,
                Header = HeaderFooterTwips,
                Footer = HeaderFooterTwips,
                Gutter = 0U,
            });

    private static void AddStyles(MainDocumentPart mainPart)
    {
        var stylesPart = mainPart.AddNewPart<StyleDefinitionsPart>();

        // Ids and names are Word's built-in ones ("heading 1" etc.), so Word and LibreOffice treat them as their own
        // headings: the navigation pane, the table of contents and the outline all work.
        stylesPart.Styles = new Styles(
            DocumentDefaults(),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle(TitleStyle, "Title", 10,
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "240" }),
                RunStyle(48, new Bold(), new Color { Val = "1F3864" })),
            ParagraphStyle(SubtitleStyle, "Subtitle", 11,
                new StyleParagraphProperties(new SpacingBetweenLines { After = "480" }),
                RunStyle(32, new Color { Val = "404040" })),
            ParagraphStyle(Heading1Style, "heading 1", 9,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "160" }, new OutlineLevel { Val = 0 }),
                RunStyle(32, new Bold(), new Color { Val = "1F3864" })),
            ParagraphStyle(Heading2Style, "heading 2", 9,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }),
                RunStyle(26, new Bold(), new Color { Val = "1F3864" })),
            ParagraphStyle(CaptionStyle, "caption", 35,
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "240" }),
                RunStyle(18, new Italic(), new Color { Val = "404040" })),
            ParagraphStyle(TableTextStyle, "Table text", 40,
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                RunStyle(18)));
    }

    private static DocDefaults DocumentDefaults() =>
        new(
            new RunPropertiesDefault(
                new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(
                new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    /// <summary>A paragraph style based on Normal, children in the schema's order (name … qFormat, pPr, rPr).</summary>
    private static Style ParagraphStyle(string id, string name, int uiPriority, StyleParagraphProperties paragraph, StyleRunProperties run) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = uiPriority },
            new PrimaryStyle(),
            paragraph,
            run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    /// <summary>
    /// A style's run properties: <paramref name="leading"/> (which must come before w:sz in the schema, e.g. b, i, color),
    /// then sz and szCs in half-points, so complex-script text is sized the same.
    /// </summary>
    private static StyleRunProperties RunStyle(int halfPoints, params OpenXmlElement[] leading)
    {
        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        var properties = new StyleRunProperties(leading);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return properties;
    }

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}

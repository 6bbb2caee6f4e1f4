using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Tests.Fixtures;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// The briefing pack leaves the council (access.md, small numbers): on a small council no breakdown part from 1 to 4
/// reaches its tables, sentences, charts or the charts' alternative text.
/// </summary>
public partial class PackSmallNumbersTests : TempFolderTest
{
    private Body _body = null!;
    private List<string> _altTexts = null!;

    [SetUp]
    public async Task WriteThePackOfTheChangesCouncilAsync()
    {
        // Eight changes in the year to 30 September 2024: management decision 4, and 1 each for worker left,
        // restructure, case process and the child asked; one recorded. Every reason is a part from 1 to 4.
        var input = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "teams.csv"), ChangesCouncil.Teams);
        await File.WriteAllTextAsync(Path.Combine(input, "workers.csv"), ChangesCouncil.Workers);
        await File.WriteAllTextAsync(Path.Combine(input, "allocations.csv"), ChangesCouncil.Allocations);
        Assert.That((await WiRun.RunAsync("import", input, "--db", Db)).ExitCode, Is.Zero);
        Assert.That((await WiRun.RunAsync("benchmarks", "import", Path.Combine(RepositoryPaths.Root, "reference-data", "dfe"), "--db", Db)).ExitCode, Is.Zero);
        var path = Path.Combine(Folder, "pack.docx");
        var pack = await WiRun.RunAsync("pack", "--as-of", ChangesCouncil.AsOf, "--out", path, "--db", Db);
        Assert.That(pack.ExitCode, Is.Zero, pack.Error);

        using var document = WordprocessingDocument.Open(path, false);
        _body = (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);
        _altTexts = [.. document.MainDocumentPart.Document.Descendants<DocProperties>().Select(d => d.Description?.Value ?? string.Empty)];
    }

    [Test]
    public void ShouldWriteEachReasonForAChangeAsUnderFive_WithItsShareSuppressed()
    {
        var sentence = _body.Descendants<Paragraph>().Select(p => p.InnerText).Single(t => t.StartsWith("Why children's workers changed", StringComparison.Ordinal));

        Assert.That(sentence, Does.Contain("changed 8 times"), "the council's own total is shown");
        Assert.That(sentence, Does.Contain("management decision (MANAGE) <5, suppressed"));
        Assert.That(sentence, Does.Contain("previous worker left (LEFTRL) <5, suppressed"));
        Assert.That(sentence, Does.Contain("suppressed of the changes had a reason recorded"), "one recorded change, as a share of 8, would give it away");
        Assert.That(SmallParts(sentence), Is.Empty);
    }

    [Test]
    public void ShouldDrawNoSmallChangeReason_AndSaySoInTheAltText()
    {
        var reasons = _altTexts.Single(t => t.Contains(MetricCatalog.Get(MetricIds.ChangesManagementDecision).Info.Title, StringComparison.Ordinal));

        // Before the rule reached the pack's charts this read "ranging from 1 to 4".
        Assert.That(reasons, Does.Contain("Changes: management decision (MANAGE): withheld (small numbers) in Sep 2024").And.Contain("not drawn"));
        Assert.That(SmallParts(reasons), Is.Empty);
    }

    [Test]
    public void ShouldPrintNoBreakdownPartFromOneToFour_InAnyTableSentenceOrAltText()
    {
        // The definitions appendix (a row per metric id) holds no figures.
        var tables = _body.Descendants<TableRow>().Select(r => string.Join(" | ", r.Elements<TableCell>().Select(c => c.InnerText)))
            .Where(r => !MetricCatalog.All.Any(m => r.StartsWith(m.Info.Id + " |", StringComparison.Ordinal))).ToList();
        var sentences = _body.Elements<Paragraph>().TakeWhile(p => !p.InnerText.StartsWith("Appendix A", StringComparison.Ordinal)).Select(p => p.InnerText);

        var parts = tables.Concat(sentences).Concat(_altTexts).SelectMany(t => t.Split("; ")).Where(t => !IsAboutAHeadlineTotal(t)).ToList();

        Assert.That(parts.Where(p => SmallParts(p).Count > 0), Is.Empty);
        Assert.That(tables.Where(r => r.StartsWith("Open cases", StringComparison.Ordinal) || r.StartsWith("Children", StringComparison.Ordinal)), Is.Not.Empty, "the demand rows were read");
    }

    /// <summary>The council's own totals (its social workers, all children, all referrals) are shown as they are.</summary>
    private static bool IsAboutAHeadlineTotal(string text) =>
        MetricCatalog.All.Select(m => m.Info).Where(i => SmallNumbers.IsHeadlineTotal(i.Id, Dimension.Council))
            .Any(i => text.StartsWith(i.Title, StringComparison.Ordinal));

    /// <summary>Whole numbers from 1 to 4 standing alone (not in a date, a decimal, a percentage or "3+").</summary>
    private static List<string> SmallParts(string text) => [.. SmallWholeNumber().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?<![\d.,])[1-4](?![\d.,%+])")]
    private static partial Regex SmallWholeNumber();
}

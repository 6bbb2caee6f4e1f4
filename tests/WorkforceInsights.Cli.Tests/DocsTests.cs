using System.Text.RegularExpressions;
using WorkforceInsights.TestSupport;
namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// The documentation stays true and findable: README.md is the front door, docs/*.md hold the rest, and every
/// reference between them, from them to the screenshots, and from the code to them, lands on a file that exists.
/// </summary>
public partial class DocsTests
{
    private const int ReadmeMostLines = 200;

    private static readonly string[] s_codeExtensions = [".cs", ".razor", ".sql", ".json"];

    [Test]
    public async Task ShouldKeepDocsMetricsInStepWithTheMetricDefinitions()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "metrics.md"));

        var table = (await WiRun.RunAsync("describe")).Output;

        Assert.That(docs.ReplaceLineEndings(), Does.Contain(table.ReplaceLineEndings().Trim()),
            "docs/metrics.md is out of date: replace its table with the output of `wi describe`");
    }

    [Test]
    public void ShouldShowEveryCommittedScreenshotInTheDocs_AndNoMissingOne()
    {
        var shown = MarkdownDocs.Pages().SelectMany(MarkdownDocs.ReferencesIn).Where(r => r.IsImage && MarkdownDocs.IsRelative(r))
            .Select(r => (Image: r, File: MarkdownDocs.ResolvedFile(r))).ToList();
        var committed = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "screenshots"), "*.png")
            .Select(f => "docs/screenshots/" + Path.GetFileName(f));

        Assert.Multiple(() =>
        {
            Assert.That(committed.Except(shown.Select(s => s.File)), Is.Empty,
                "each committed screenshot should be shown in README.md or a docs/*.md page (or be deleted)");
            Assert.That(shown.Where(s => s.File is null || !File.Exists(MarkdownDocs.FullPath(s.File))).Select(s => $"{s.Image.Page}: {s.Image.Target}"), Is.Empty,
                "these images are missing");
        });
    }

    /// <summary>Anchors are checked too: "page.md#heading" must name a heading of that page, as GitHub spells its anchor.</summary>
    [Test]
    public void ShouldResolveEveryRelativeLinkAndImageInTheReadmeAndDocs()
    {
        var references = MarkdownDocs.Pages().SelectMany(MarkdownDocs.ReferencesIn).Where(MarkdownDocs.IsRelative).ToList();

        var broken = references.Where(r => !Resolves(r)).Select(r => $"{r.Page}: ({r.Target})");

        Assert.Multiple(() =>
        {
            Assert.That(references, Has.Count.GreaterThan(MarkdownDocs.Pages().Count), "the README and docs should link to each other");
            Assert.That(broken, Is.Empty, "these links or images lead nowhere");
        });
    }

    [Test]
    public void ShouldHaveEveryDocsPageThatTheCodeMentions()
    {
        var mentions = new[] { "src", "tests", "sql" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Where(file => s_codeExtensions.Contains(Path.GetExtension(file)) && !IsBuildOutput(file))
            .SelectMany(file => DocsPageMention().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Page: m.Value)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(mentions, Is.Not.Empty, "the code names docs pages (e.g. docs/metrics.md); none were found, so the scan is wrong");
            Assert.That(mentions.Where(m => !File.Exists(MarkdownDocs.FullPath(m.Page))).Select(m => $"{m.File} mentions {m.Page}"), Is.Empty,
                "the code points readers at docs pages that do not exist");
        });
    }

    [Test]
    public void ShouldKeepTheReadmeAFrontDoorOfAtMost200Lines()
    {
        var lines = File.ReadAllLines(MarkdownDocs.FullPath("README.md")).Length;

        Assert.That(lines, Is.LessThanOrEqualTo(ReadmeMostLines), "README.md is the front door: move detail into docs/ and link to it");
    }

    private static bool Resolves(MarkdownDocs.Reference reference)
    {
        var file = MarkdownDocs.ResolvedFile(reference);
        if (file is null || !(File.Exists(MarkdownDocs.FullPath(file)) || Directory.Exists(MarkdownDocs.FullPath(file))))
        {
            return false;
        }

        var hash = reference.Target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 || !file.EndsWith(".md", StringComparison.Ordinal)
            || MarkdownDocs.AnchorsOf(file).Contains(reference.Target[(hash + 1)..]);
    }

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"docs/[A-Za-z0-9_-]+\.md")]
    private static partial Regex DocsPageMention();
}

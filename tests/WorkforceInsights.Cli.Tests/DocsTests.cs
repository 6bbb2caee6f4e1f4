using WorkforceInsights.TestSupport;
namespace WorkforceInsights.Cli.Tests;

public class DocsTests
{
    [Test]
    public async Task ShouldKeepDocsMetricsInStepWithTheMetricDefinitions()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "metrics.md"));

        var table = (await WiRun.RunAsync("describe")).Output;

        Assert.That(docs.ReplaceLineEndings(), Does.Contain(table.ReplaceLineEndings().Trim()),
            "docs/metrics.md is out of date: replace its table with the output of `wi describe`");
    }

    [Test]
    public async Task ShouldShowEveryCommittedScreenshotInTheReadme_AndNoMissingOne()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var shown = System.Text.RegularExpressions.Regex.Matches(readme, @"!\[[^\]]+\]\((docs/screenshots/[^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        var committed = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "screenshots"), "*.png")
            .Select(f => "docs/screenshots/" + Path.GetFileName(f));

        Assert.That(shown, Is.EquivalentTo(committed));
    }
}

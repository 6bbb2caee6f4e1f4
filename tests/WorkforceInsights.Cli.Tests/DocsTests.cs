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
}

using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.Reading;

public class HeaderNameTests
{
    [TestCase("worker_id")]
    [TestCase("Worker ID")]
    [TestCase("worker-id")]
    [TestCase("  WORKER_ID  ")]
    [TestCase("\uFEFFworker_id", Description = "a BOM left on the first header")]
    public void ShouldTreatCaseSpacesDashesAndUnderscoresAlike(string header) =>
        Assert.That(HeaderName.Normalise(header), Is.EqualTo("worker_id"));
}

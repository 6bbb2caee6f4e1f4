using WorkforceInsights.Data.Audit;
using WorkforceInsights.Import.Reading;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Import.Tests.SampleCouncil;

public class SampleCouncilGeneratorTests
{
    [Test]
    public void ShouldWriteTheSameFilesForTheSameSeed_AndDifferentOnesForAnother()
    {
        var root = Path.Combine(Path.GetTempPath(), "wi-sample-" + Guid.NewGuid().ToString("N"));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "a"), new SampleCouncilOptions(Seed: 7, Scale: 0.2));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "b"), new SampleCouncilOptions(Seed: 7, Scale: 0.2));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "c"), new SampleCouncilOptions(Seed: 8, Scale: 0.2));

        string Hash(string folder, string file) => FileFingerprint.Of(Path.Combine(root, folder, file)).Sha256;
        Assert.That(Hash("a", "allocations.csv"), Is.EqualTo(Hash("b", "allocations.csv")));
        Assert.That(Hash("a", "workers.csv"), Is.EqualTo(Hash("b", "workers.csv")));
        Assert.That(Hash("a", "allocations.csv"), Is.Not.EqualTo(Hash("c", "allocations.csv")));
        Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task ShouldProduceFilesThatImportWithoutAnyError()
    {
        using var db = await ImportHarness.CreateAsync();
        SampleCouncilGenerator.WriteTo(db.Folder, new SampleCouncilOptions(Seed: 11, Scale: 0.25));

        var report = await db.ImportAsync();

        Assert.That(report.Files.Select(f => (f.FileName, f.Outcome)), Is.EquivalentTo(new[]
        {
            ("teams.csv", ImportOutcome.Loaded), ("workers.csv", ImportOutcome.Loaded), ("establishment.csv", ImportOutcome.Loaded),
            ("allocations.csv", ImportOutcome.Loaded), ("referrals.csv", ImportOutcome.Loaded),
        }));
        Assert.That(await db.CountAsync("worker_spells WHERE role = 'adult_practitioner'"), Is.Positive, "Family Safeguarding teams have adult practitioners");
    }
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Import.Reading;
using WorkforceInsights.Import.SampleCouncil;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Import.Tests.SampleCouncil;

public class SampleCouncilGeneratorTests
{
    [Test]
    public void ShouldWriteTheSameFilesForTheSameSeed_AndDifferentOnesForAnother()
    {
        var root = Path.Combine(Path.GetTempPath(), "wi-sample-" + Guid.NewGuid().ToString("N"));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "a"), new SampleCouncilOptions(Seed: 7, Scale: 0.05));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "b"), new SampleCouncilOptions(Seed: 7, Scale: 0.05));
        SampleCouncilGenerator.WriteTo(Path.Combine(root, "c"), new SampleCouncilOptions(Seed: 8, Scale: 0.05));

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

    [Test]
    public void ShouldHaveCommittedExactlyWhatWiSampleWrites()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wi-sample-" + Guid.NewGuid().ToString("N"));
        SampleCouncilGenerator.WriteTo(folder, new SampleCouncilOptions());

        foreach (var file in Directory.GetFiles(folder).Select(Path.GetFileName))
        {
            Assert.That(FileFingerprint.Of(Path.Combine(RepositoryPaths.SampleData, file!)).Sha256, Is.EqualTo(FileFingerprint.Of(Path.Combine(folder, file!)).Sha256),
                $"sample-data/{file} is out of date: run `wi sample` and commit it");
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Balancing keeps brothers and sisters together: the sample has enough of them to show it.</summary>
    [Test]
    public void ShouldGiveAboutAThirdOfTheChildrenOpenOnTheExtractDateASiblingWithTheSameWorker()
    {
        var open = File.ReadLines(Path.Combine(RepositoryPaths.SampleData, "allocations.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[3].Length == 0)
            .Select(f => (Child: f[0], Worker: f[1], Family: f[6]))
            .ToList();
        var withSibling = open.Where(a => a.Family.Length > 0)
            .GroupBy(a => (a.Family, a.Worker)).Where(g => g.Select(a => a.Child).Distinct().Count() > 1)
            .SelectMany(g => g.Select(a => a.Child)).Distinct().Count();
        var children = open.Select(a => a.Child).Distinct().Count();

        Assert.That((double)withSibling / children, Is.InRange(0.28, 0.38));
    }

    /// <summary>Operations managers judge the product on the sample: no service area drowning while another idles.</summary>
    [TestCase("2019-09-30")]
    [TestCase("2021-09-30")]
    [TestCase("2023-09-30")]
    [TestCase("2026-09-30")]
    public async Task ShouldGiveEveryCaseHoldingServiceAreaOfTheSampleAPlausibleAverageCaseload(string date)
    {
        using var db = await ImportHarness.CreateAsync();
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleData, "*.csv"))
        {
            File.Copy(file, Path.Combine(db.Folder, Path.GetFileName(file)));
        }

        await db.ImportAsync();
        var day = MetricDayBuilder.Build(await new MetricInputsQuery(db.Connections).RunAsync(), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var areas = MetricDaySplitter.Split(day, Dimension.ServiceArea).Where(a => a.Value.SocialWorkerSpells.Any(s => s.Cases > 0)).ToList();
        Assert.That(areas, Has.Count.EqualTo(5), "Assessment, Family Safeguarding, Looked After, Care Leavers and Disabled Children hold cases");
        foreach (var (area, group) in areas)
        {
            Assert.That((double?)new AverageCaseload().Calculate(group).Value, Is.InRange(8, 20), area);
        }
    }
}

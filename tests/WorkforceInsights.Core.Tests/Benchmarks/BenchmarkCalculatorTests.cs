using WorkforceInsights.Core.Benchmarks;

namespace WorkforceInsights.Core.Tests.Benchmarks;

/// <summary>benchmarks.md: England, region, the neighbours' median and mean, rank, of and quartile; codes are no value.</summary>
public class BenchmarkCalculatorTests
{
    private static readonly BenchmarkMeasure s_turnover = BenchmarkMeasure.TurnoverRate;

    private static PublishedValue La(string code, double? value, int year = 2025, string region = "R1", string? suppression = null) =>
        new("turnoverRate", year, Levels.LocalAuthority, region, "Region one", code, "LA " + code, value, value is null ? suppression ?? "c" : null);

    private static readonly PublishedValue[] s_values =
    [
        new("turnoverRate", 2025, Levels.National, null, null, null, null, 11.8, null),
        new("turnoverRate", 2025, Levels.Regional, "R1", "Region one", null, null, 11.4, null),
        new("turnoverRate", 2025, Levels.Regional, "R2", "Region two", null, null, 13.0, null),
        La("100", 12.0), La("101", 8.0), La("102", 10.0), La("103", null), La("104", 12.0, region: "R2"), La("105", 20.0, region: "R2"),
        La("100", 15.0, year: 2024), La("103", 9.0, year: 2024),
    ];

    private static readonly StatisticalNeighbours s_neighbours = new("100", "LA 100", ["101", "102", "103", "104"]);

    [Test]
    public void ShouldCompareWithEnglandTheRegionAndTheNeighbours_LeavingCodesOut()
    {
        var c = BenchmarkCalculator.Compare(s_turnover, "100", null, s_values, s_neighbours, _ => 9.5);

        // Neighbours with a 2025 value: 101 (8), 102 (10), 104 (12); 103 is "c", left out.
        // Median of 8, 10, 12 = 10; mean = 30 / 3 = 10.
        Assert.That((c.Year, c.La, c.England, c.Region), Is.EqualTo(((int?)2025, (double?)12.0, (double?)11.8, (double?)11.4)));
        Assert.That((c.NeighboursMedian, c.NeighboursMean, c.NeighboursCount), Is.EqualTo(((double?)10.0, (double?)10.0, 3)));
        Assert.That(c.Council, Is.EqualTo(9.5));
        Assert.That(c.PeriodEnd, Is.EqualTo(new DateOnly(2025, 9, 30)));
    }

    [Test]
    public void ShouldRankAmongLasWithAValue_OneMoreThanThoseStrictlyBetter_AndPlaceTheQuartile()
    {
        var c = BenchmarkCalculator.Compare(s_turnover, "100", 2025, s_values, s_neighbours, _ => null);

        // 2025 values: 8, 10, 12 (100), 12 (104), 20; 103 has none. Strictly lower than 12: 8 and 10, so rank 3 of 5.
        // q = 3 / 5 = 0.6: above 0.5, at most 0.75: quartile C. 104 ties with 100 and shares rank 3.
        Assert.That((c.Rank, c.Of, c.Quartile), Is.EqualTo(((int?)3, (int?)5, "C")));
        Assert.That(BenchmarkCalculator.Compare(s_turnover, "104", 2025, s_values, null, _ => null).Rank, Is.EqualTo(3));
    }

    [Test]
    public void ShouldTakeEachMeasuresLatestYearWithAValueForTheLa_AndNullsForAYearWithNone()
    {
        Assert.That(BenchmarkCalculator.Compare(s_turnover, "103", null, s_values, null, _ => null).Year, Is.EqualTo(2024), "2025 is suppressed for 103");
        var none = BenchmarkCalculator.Compare(s_turnover, "103", 2025, s_values, null, _ => null);
        Assert.That((none.La, none.Rank, none.Quartile), Is.EqualTo(((double?)null, (int?)null, (string?)null)), "a suppressed figure is not published, never zero");
    }

    [TestCase(1, 4, "A")]
    [TestCase(2, 8, "A")]
    [TestCase(3, 8, "B")]
    [TestCase(4, 8, "B")]
    [TestCase(6, 8, "C")]
    [TestCase(7, 8, "D")]
    public void ShouldPlaceQuartilesAtQuarterBoundaries(int rank, int of, string quartile) =>
        Assert.That(BenchmarkCalculator.Quartile(rank, of), Is.EqualTo(quartile));

    [Test]
    public void ShouldTakeTheMiddleTwoForTheMedianOfAnEvenCount() =>
        Assert.That(BenchmarkCalculator.Median([9.7, 12.5, 7.0, 9.6]), Is.EqualTo((9.6 + 9.7) / 2));
}

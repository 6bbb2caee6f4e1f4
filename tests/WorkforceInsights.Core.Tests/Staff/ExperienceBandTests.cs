using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Tests.Staff;

public class ExperienceBandTests
{
    private static readonly DateOnly s_asOf = new(2024, 9, 30);

    [TestCase("2023-10-01", ExperienceBand.Asye, Description = "qualified after D - 12 months")]
    [TestCase("2023-09-30", ExperienceBand.OneToThree, Description = "exactly D - 12 months: no longer ASYE")]
    [TestCase("2021-10-01", ExperienceBand.OneToThree)]
    [TestCase("2021-09-30", ExperienceBand.ThreeToFive, Description = "exactly D - 36 months")]
    [TestCase("2019-10-01", ExperienceBand.ThreeToFive)]
    [TestCase("2019-09-30", ExperienceBand.FivePlus, Description = "exactly D - 60 months")]
    public void ShouldBandByMonthsSinceQualifying(string qualified, string band) =>
        Assert.That(ExperienceBand.On(DateOnly.Parse(qualified, System.Globalization.CultureInfo.InvariantCulture), s_asOf), Is.EqualTo(band));

    [Test]
    public void ShouldBeUnknown_WithoutAQualifiedDate() => Assert.That(ExperienceBand.On(null, s_asOf), Is.EqualTo(ExperienceBand.Unknown));
}

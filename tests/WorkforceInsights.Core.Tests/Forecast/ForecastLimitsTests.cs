using WorkforceInsights.Core.Forecast;

namespace WorkforceInsights.Core.Tests.Forecast;

/// <summary>The bounds of what a forecast may be asked for, shared by `wi forecast` and the Plan page, at each edge.</summary>
public class ForecastLimitsTests
{
    [TestCase(1, true)]
    [TestCase(36, true)]
    [TestCase(0, false)]
    [TestCase(37, false)]
    [TestCase(12.5, false)]
    public void ShouldAllowMonthsFromOneTo36_WholeOnly(double months, bool allowed) =>
        Assert.That(ForecastLimits.Months(months, "Months"), allowed ? Is.Null : Is.EqualTo("Months is a whole number from 1 to 36."));

    [TestCase(0, true)]
    [TestCase(3, true)]
    [TestCase(-1, false)]
    [TestCase(1.5, false)]
    public void ShouldAllowWholeConversions_NoneOrMore(double conversions, bool allowed) =>
        Assert.That(ForecastLimits.Conversions(conversions, "--conversions"), allowed ? Is.Null : Is.EqualTo("--conversions is a whole number of people a month, 0 or more."));

    [TestCase(-100, true)]
    [TestCase(-100.5, false)]
    public void ShouldAllowLeavingToFallToNoneButNotBelow(double change, bool allowed) =>
        Assert.That(ForecastLimits.LeavingChange(change, "Leaving change"), allowed ? Is.Null : Does.StartWith("Leaving change is a percent, -100 or more"));

    [TestCase(0, true)]
    [TestCase(-0.5, false)]
    public void ShouldAllowExtraAsyeOfNoneOrMore(double fte, bool allowed) =>
        Assert.That(ForecastLimits.ExtraAsye(fte, "Extra ASYE FTE"), allowed ? Is.Null : Is.EqualTo("Extra ASYE FTE is 0 or more."));
}

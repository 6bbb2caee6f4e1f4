using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Core.Tests.Metrics.Targets;

public class ThresholdBandsTests
{
    // With the default margin of 2: a case holder at 14 cases against a threshold of 14 is within it; at 16 a little over;
    // at 16.5 well over (the Caseloads page lists only these by name).
    [TestCase(-3.0, ThresholdBand.Within)]
    [TestCase(0.0, ThresholdBand.Within)]
    [TestCase(0.5, ThresholdBand.ALittleOver)]
    [TestCase(2.0, ThresholdBand.ALittleOver)]
    [TestCase(2.5, ThresholdBand.WellOver)]
    public void ShouldPutACaseHolderInTheBandOfTheirExcess(double excess, ThresholdBand expected) =>
        Assert.That(ThresholdBands.Of((decimal)excess, margin: 2), Is.EqualTo(expected));
}

using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting.Tests;

/// <summary>The pack's "Where we are heading" from a forecast written out by hand: the plan's targets on and off track in words.</summary>
public class WhereWeAreHeadingTests
{
    private static readonly Dictionary<string, double> s_noBands = [];

    private static ForecastPoint Point(int month, DateOnly date, double employed, double turnover) =>
        new(month, date, employed, employed - 2, employed + 2, s_noBands, 6, 340, 10, 3, 1.8, turnover, 14.5);

    /// <summary>
    /// From 31 October 2026: employed FTE 324.8 then 322.9, turnover 9.3% then 8.8%. The plan wants turnover at 8% by
    /// 30 September 2027 (8.8% is above it: off track) and 320 employed FTE (322.9 meets it: on track).
    /// </summary>
    private static ForecastReport Report()
    {
        var (e, d1) = (new DateOnly(2026, 10, 31), new DateOnly(2027, 9, 30));
        var forecast = new WorkforceForecast(e, 11, ForecastScenario.Baseline, s_noBands, [Point(0, e, 324.8, 9.3), Point(11, d1, 322.9, 8.8)]);
        return new ForecastReport(
            forecast,
            [new(MetricIds.TurnoverRate, d1, 8, 8.8, 0.8, false, false), new(MetricIds.EmployedFte, d1, 320, 322.9, 2.9, true, false)],
            new ForecastBacktest(e.AddMonths(-12), new BacktestFigure(344.4, 324.8), new BacktestFigure(4, 6), new BacktestFigure(7.9, 9.3)),
            []);
    }

    [Test]
    public void ShouldSayEachTargetOnOrOffTrack_InWords()
    {
        var section = WhereWeAreHeading.Of(Report());

        Assert.That(section.WhatWeKnow[1], Is.EqualTo(
            "1 of the plan's 2 targets is on track. "
            + "Turnover rate: target 8.0% by 30 September 2027: forecast 8.8%, off track. "
            + "Employed social worker FTE: target 320.0 by 30 September 2027: forecast 322.9, on track."));
    }

    [Test]
    public void ShouldChartTurnoverAgainstItsTarget_WithTheVerdictInTheAltText()
    {
        var chart = WhereWeAreHeading.Of(Report()).Charts.Single();

        Assert.That(chart.Title, Is.EqualTo("Turnover rate: forecast to Sep 2027"));
        Assert.That(chart.AltText, Does.Contain("target 8.0% by 30 September 2027: forecast 8.8%, off track"));
        Assert.That(chart.Png.Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
    }

    [Test]
    public void ShouldSetLastYearsForecastBesideWhatHappened()
    {
        // 344.4 forecast against 324.8 in post: 19.6 too high; agency 4.0 against 6.0; turnover 7.9% against 9.3%.
        Assert.That(WhereWeAreHeading.Of(Report()).WhatWeKnow[2], Is.EqualTo(
            "How far to trust it: A year ago this model said 344.4 employed FTE for 31 October 2026; it is 324.8: the forecast was 19.6 too high; "
            + "for agency FTE it said 4.0 and it is 6.0; for turnover it said 7.9% and it is 9.3%."));
    }
}

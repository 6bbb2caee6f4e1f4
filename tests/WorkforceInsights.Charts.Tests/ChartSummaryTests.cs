using WorkforceInsights.Core.Metrics;
namespace WorkforceInsights.Charts.Tests;

public class ChartSummaryTests
{
    private static readonly ChartCategory[] s_months = [new("2024-09-30", "Sep 2024"), new("2025-03-31", "Mar 2025"), new("2025-09-30", "Sep 2025")];

    [Test]
    public void ShouldSayTheLatestValueTheChangeAndTheRange_OfATrend()
    {
        var spec = new ChartSpec("Turnover", ChartKind.Line, "Month end", s_months, [new("WF-TURN", "Turnover rate", MetricUnit.Percent, [27.8, 30.1, 9.1])], Target: 12);

        // 9.1 - 27.8 = -18.7 points; the range runs from the lowest (9.1) to the highest (30.1), not first to last.
        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Turnover rate: 9.1% in Sep 2025, down 18.7 points since Sep 2024, ranging from 9.1% to 30.1%; target 12.0%."));
    }

    [Test]
    public void ShouldSkipMonthsWithNoData_RatherThanCountThemAsZero()
    {
        var spec = new ChartSpec("Agency", ChartKind.Line, "Month end", s_months, [new("WF-AGY-HC", "Agency social workers", MetricUnit.Workers, [null, 40, 6])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Agency social workers: 6 in Sep 2025, down 34 since Mar 2025, ranging from 6 to 40."));
    }

    [Test]
    public void ShouldNameTheHighestAndLowestGroup_OfABreakdown()
    {
        var spec = new ChartSpec("Leavers by reason", ChartKind.Bar, "Reason",
            [new("resignation", "Resignation"), new("retired", "Retired"), new("other", "Other")],
            [new("leavings", "Leavings", MetricUnit.Leavings, [12, 3, 5])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Leavings: highest Resignation (12), lowest Retired (3)."));
    }

    [Test]
    public void ShouldSayNoData_WhenASeriesHasNone()
    {
        var spec = new ChartSpec("Vacancies", ChartKind.Line, "Month end", s_months, [new("WF-VAC-RATE", "Vacancy rate", MetricUnit.Percent, [null, null, null])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Vacancy rate: no data."));
    }

    [Test]
    public void ShouldSayTheLatestPointIsWithheld_AndThatPointsAreLeftOut()
    {
        // A team's agency workers: 7, then 3 (withheld "<5", not drawn), then 2: the summary says nothing of 3 or 2.
        var spec = new ChartSpec("Agency", ChartKind.Line, "Month end", s_months,
            [new("WF-AGY-HC", "Agency social workers", MetricUnit.Workers, [7, null, null], Notes: [null, "<5", "<5"])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Agency social workers: withheld (small numbers) in Sep 2025. " + ChartSpec.WithheldNote));
    }

    [Test]
    public void ShouldSummariseOnlyTheShownPoints_WhenAnEarlierOneIsWithheld()
    {
        var spec = new ChartSpec("Agency", ChartKind.Line, "Month end", s_months,
            [new("WF-AGY-HC", "Agency social workers", MetricUnit.Workers, [null, 40, 6], Notes: ["<5", null, null])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Agency social workers: 6 in Sep 2025, down 34 since Mar 2025, ranging from 6 to 40. " + ChartSpec.WithheldNote));
    }

    [Test]
    public void ShouldSayFewerThan12MonthsOfData_BeforeTheFirstMonthWithAFigure()
    {
        // Sep 2024 is held back (the history did not yet cover its year); the summary starts from Mar 2025 and says why.
        var spec = new ChartSpec("Turnover", ChartKind.Line, "Month end", s_months,
            [new("WF-TURN", "Turnover rate", MetricUnit.Percent, [null, 30.1, 9.1], Notes: [FigureText.FewerThanAYear, null, null])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Turnover rate: 9.1% in Sep 2025, down 21.0 points since Mar 2025, ranging from 9.1% to 30.1% (fewer than 12 months of data before Mar 2025)."));
    }

    [Test]
    public void ShouldSayFewerThan12MonthsOfData_WhenNoMonthHasAFigureYet()
    {
        var spec = new ChartSpec("Re-referrals", ChartKind.Line, "Month end", s_months,
            [new("REF-RATE", "Re-referral rate", MetricUnit.Percent, [null, null, null], Notes: [FigureText.FewerThanAYear, FigureText.FewerThanAYear, FigureText.FewerThanAYear])]);

        Assert.That(ChartSummary.Describe(spec), Is.EqualTo("Re-referral rate: fewer than 12 months of data."));
    }
}

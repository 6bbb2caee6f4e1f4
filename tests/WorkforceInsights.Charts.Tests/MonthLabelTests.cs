using WorkforceInsights.Core.Metrics;
using System.Xml.Linq;

namespace WorkforceInsights.Charts.Tests;

/// <summary>Which months a trend labels: a reader should find the year ends at a steady step, never at 13-month strides.</summary>
public class MonthLabelTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    /// <summary>Month ends from <paramref name="first"/>, <paramref name="count"/> of them, as the trend pages make them.</summary>
    private static ChartSpec MonthlyTrend(DateOnly first, int count, int? yearMark) =>
        new("Turnover", ChartKind.Line, "Month end",
            [.. Enumerable.Range(0, count).Select(i => first.AddMonths(i + 1).AddDays(-1)).Select(d => new ChartCategory(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), FigureText.Month(d)))],
            [new("WF-TURN", "Turnover", MetricUnit.Percent, [.. Enumerable.Range(0, count).Select(i => (double?)(10 + i % 5))])],
            YearMark: yearMark);

    private static string[] Labels(ChartSpec spec) => [.. ChartRenderer.LabelledCategories(spec).Select(i => spec.Categories[i].Label)];

    [Test]
    public void ShouldLabelEachSeptember_OnTheSampleCouncilsEightYears()
    {
        // October 2018 to October 2026: 97 month ends, of which eight are Septembers (2019 to 2026).
        var spec = MonthlyTrend(new DateOnly(2018, 10, 1), 97, yearMark: 9);

        Assert.That(Labels(spec), Is.EqualTo(new[] { "Sep 2019", "Sep 2020", "Sep 2021", "Sep 2022", "Sep 2023", "Sep 2024", "Sep 2025", "Sep 2026" }));
    }

    [Test]
    public void ShouldLabelEachMarch_OnAReferralsTrend()
    {
        // The children-in-need year ends on 31 March: April 2020 to March 2025 has five year ends (ten half years, too
        // many to fit).
        var spec = MonthlyTrend(new DateOnly(2020, 4, 1), 60, yearMark: 3);

        Assert.That(Labels(spec), Is.EqualTo(new[] { "Mar 2021", "Mar 2022", "Mar 2023", "Mar 2024", "Mar 2025" }));
    }

    [Test]
    public void ShouldLabelEveryMonth_OfAShortRange()
    {
        var spec = MonthlyTrend(new DateOnly(2025, 3, 1), 8, yearMark: 9);

        Assert.That(Labels(spec), Is.EqualTo(new[] { "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025" }));
    }

    [Test]
    public void ShouldLabelTheQuartersFromTheYearEnd_OfAYearsRange()
    {
        // Twelve month ends to September 2025: too many labels to fit, so the quarters counted from September.
        var spec = MonthlyTrend(new DateOnly(2024, 10, 1), 12, yearMark: 9);

        Assert.That(Labels(spec), Is.EqualTo(new[] { "Dec 2024", "Mar 2025", "Jun 2025", "Sep 2025" }));
    }

    [Test]
    public void ShouldDrawOnlyTheMarkedMonths_OnTheAxis()
    {
        var spec = MonthlyTrend(new DateOnly(2018, 10, 1), 97, yearMark: 9);

        var words = XElement.Parse(ChartRenderer.SvgFile(spec)).Descendants(s_svg + "text").Select(t => t.Value.Trim()).ToList();

        Assert.That(words, Does.Contain("Sep 2022"));
        Assert.That(words, Has.None.EqualTo("Mar 2022").And.None.EqualTo("Oct 2026"), "no label between the year marks");
    }

    [Test]
    public void ShouldWriteEveryMonthInOneStyle()
    {
        // The en-GB culture abbreviates September as "Sept" beside "Aug": the charts keep to three letters.
        var names = Enumerable.Range(1, 12).Select(m => FigureText.Month(new DateOnly(2025, m, 1))).ToList();

        Assert.That(names, Is.EqualTo(new[] { "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025" }));
    }
}

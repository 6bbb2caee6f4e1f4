using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting.Tests;

/// <summary>The pack as data, on the hand-worked council (its figures are worked out in ScenarioCouncil.cs).</summary>
public class BriefingPackBuilderTests : ScenarioPackFixture
{
    [Test]
    public void ShouldHaveTheFourThemes_InTheirOrder_ThenWhereWeAreHeading()
    {
        Assert.That(Pack.Sections.Select(s => s.Title), Is.EqualTo(new[]
        {
            "Workforce stability", "Caseloads", "Children's experience of changes of social worker", "Demand and re-referrals", "Where we are heading",
        }));
        Assert.That(Pack.DataAsAt, Is.EqualTo(new DateOnly(2024, 9, 30)));
    }

    [Test]
    public void ShouldListInEachThemesTable_TheMetricsWhoseDefinitionsNameIt()
    {
        // The Workforce theme's rows come from the catalogue: every metric whose MetricInfo.Theme is Workforce.
        var expected = MetricCatalog.All.Select(m => m.Info).Where(i => i.Theme == PackTheme.Workforce).Select(i => i.Title);

        Assert.That(Section("Workforce stability").Figures.Select(f => f.Measure), Is.EqualTo(expected));
        Assert.That(Section("Caseloads").Figures.Select(f => f.Measure), Does.Contain("Average caseload, ASYE"), "the differential caseload's bands follow");
    }

    [Test]
    public void ShouldWriteTheHandWorkedTurnover_AndSayTheYearBeforeHasTooLittleHistory()
    {
        var turnover = Section("Workforce stability").Figures.Single(f => f.Measure == "Turnover rate");

        // 4.6 FTE of leavings over 6.0 employed FTE on 30 September 2024 = 76.7%, a council headline, shown as it is.
        Assert.That(turnover.Council, Is.EqualTo("76.7%"));
        // A year before, 30 September 2023 less 12 months is before the workers' history starts (2023-09-30).
        Assert.That(turnover.YearBefore, Is.EqualTo(FigureText.FewerThanAYear));
        // No benchmarks were imported: nothing to set it beside.
        Assert.That((turnover.England, turnover.Quartile), Is.EqualTo(("-", "-")));
    }

    [Test]
    public void ShouldDrawEveryChartAsAPng_WithItsSummaryAsAltText()
    {
        var charts = Pack.Sections.SelectMany(s => s.Charts).ToList();

        Assert.That(charts, Is.Not.Empty);
        Assert.That(charts.Select(c => c.Png.Take(4)), Has.All.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(charts.Select(c => c.AltText), Has.All.Not.Empty.And.All.EndsWith("."), "a sentence a screen reader can read");
    }

    [Test]
    public void ShouldDefineEveryMeasureItShows()
    {
        var shown = Pack.Sections.SelectMany(s => s.Figures).Select(f => f.Measure).Where(m => !m.StartsWith("Average caseload, ", StringComparison.Ordinal));

        Assert.That(shown, Is.SubsetOf(Pack.Definitions.Select(d => d.Title)), "Appendix A defines each row");
    }

    [Test]
    public void ShouldSayWhereTheWorkforceIsHeading_WithAChartAndHowFarToTrustIt()
    {
        var heading = Section(WhereWeAreHeading.Title);

        // The hand-worked council has 6.0 employed FTE and a turnover of 76.7% on 30 September 2024 (the Workforce theme's
        // figures), and no plan set; the forecast runs 24 months on.
        Assert.That(heading.WhatWeKnow[0], Does.StartWith("If the council's last year repeats, the forecast for September 2026 is: employed social worker FTE ")
            .And.Contain("6.0 on 30 September 2024").And.Contain("(76.7% now)"));
        Assert.That(heading.WhatWeKnow[1], Is.EqualTo("The plan sets no target up to September 2026."));
        Assert.That(heading.WhatWeKnow[2], Does.StartWith("How far to trust it: A year ago this model said "));
        Assert.That(heading.Charts.Single().AltText, Does.StartWith("Baseline (last year again): ").And.EndWith("."), "the turnover forecast, described for a screen reader");
    }
}

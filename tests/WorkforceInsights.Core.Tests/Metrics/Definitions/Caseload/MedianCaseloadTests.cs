using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics.Definitions.Caseload;

/// <summary>
/// CASE-MEDIAN, the example of docs/architecture.md's "Adding a metric": written test first, then its one definition
/// file; the stored series, `wi metrics`, the Overview's link, the Caseloads page's place and the docs table follow.
/// </summary>
public class MedianCaseloadTests
{
    private const string Teams = "team_code,team_name,service_area\nT1,One,Assessment";

    // W1 holds 3 children, W2 holds 8 (two spells, its cases counted once on the larger), W3 holds 20 (one child twice: one
    // case), W4 holds none, W5 is an adult practitioner with a child (not a children's social worker: not a case holder).
    private const string Workers = """
        worker_id,team_code,role,employment_type,fte,start_date
        W1,T1,case_holder,permanent,1,2020-01-01
        W2,T1,case_holder,permanent,0.6,2020-01-01
        W2,T1,senior_practitioner,permanent,0.4,2020-01-01
        W3,T1,case_holder,agency,1,2020-01-01
        W4,T1,case_holder,permanent,1,2020-01-01
        W5,T1,adult_practitioner,permanent,1,2020-01-01
        """;

    private static string Allocations(int w1, int w2, int w3) => "child_id,worker_id,start_date,end_date,case_type\n"
        + string.Concat(Enumerable.Range(1, w1).Select(i => $"A{i},W1,2024-01-01,,CIN\n"))
        + string.Concat(Enumerable.Range(1, w2).Select(i => $"B{i},W2,2024-01-01,,CP\n"))
        + string.Concat(Enumerable.Range(1, w3).Select(i => $"C{i},W3,2024-01-01,,CLA\n"))
        + "C1,W3,2023-06-01,,CIN\nM1,W5,2024-01-01,,CIN\n";

    [Test]
    public void ShouldTakeTheMiddleCaseHoldersCases_WhenThereIsAnOddNumber()
    {
        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, Workers, Allocations(3, 8, 20)), new DateOnly(2024, 9, 30));

        // Case holders W1, W2, W3 (W4 holds none, W5 is no social worker): 3, 8, 20 cases. The middle one: 8. The average
        // caseload (31 cases over 3 FTE, 10.3) is pulled up by W3; the median is not.
        Assert.That(metrics["CASE-MEDIAN"].Value, Is.EqualTo(8m));
        Assert.That(metrics["CASE-MEDIAN"].Denominator, Is.EqualTo(3), "the case holders it is the middle of");
    }

    [Test]
    public void ShouldTakeTheMeanOfTheTwoMiddleCaseHolders_WhenThereIsAnEvenNumber()
    {
        var workers = Workers + "\nW6,T1,case_holder,permanent,1,2020-01-01";
        var allocations = Allocations(3, 8, 20) + "D1,W6,2024-01-01,,CIN\nD2,W6,2024-01-01,,CIN\nD3,W6,2024-01-01,,CIN\nD4,W6,2024-01-01,,CIN\nD5,W6,2024-01-01,,CIN\n";

        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, workers, allocations), new DateOnly(2024, 9, 30));

        // 3, 5, 8, 20: the middle two are 5 and 8, so 6.5.
        Assert.That(metrics["CASE-MEDIAN"].Value, Is.EqualTo(6.5m));
    }

    [Test]
    public void ShouldHaveNoValue_WhenNoOneHoldsACase()
    {
        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs(Teams, Workers), new DateOnly(2024, 9, 30));

        Assert.That(metrics["CASE-MEDIAN"].Value, Is.Null);
    }

    [Test]
    public void ShouldBeShownOnTheCaseloadsPage_AndWrittenBesideTheAverageInTheJson()
    {
        var info = MetricCatalog.Get("CASE-MEDIAN").Info;

        Assert.That(info.Page, Is.EqualTo(DashboardPage.Caseloads));
        Assert.That(info.Json, Is.EqualTo("caseload.medianCaseload"));
        Assert.That(info.Unit.IsCount(), Is.False, "a middle value, not a count of people: not withheld as one, shown to one decimal place");
    }
}

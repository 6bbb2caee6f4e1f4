using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

public class ZeroDenominatorTests
{
    [Test]
    public void ShouldGiveNoDataForEveryRate_AndZeroForEveryCount_WhenTheCouncilIsEmpty()
    {
        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs("team_code,team_name,service_area", "worker_id"), new DateOnly(2024, 9, 30));

        foreach (var metric in MetricCatalog.All)
        {
            var result = metrics[metric.Info.Id];
            if (result.Denominator is null)
            {
                Assert.That(result.Value, Is.Zero, metric.Info.Id);
            }
            else
            {
                Assert.That(result.Value, Is.Null, $"{metric.Info.Id} must be no data, never 0");
            }
        }

        Assert.That(metrics.AverageCaseloadByBand.Values.Select(r => r.Value), Is.All.Null);
    }

    [Test]
    public void ShouldGiveNoData_WhenOnlyAdultPractitionersAreInPost()
    {
        // Adult practitioners are never children's social workers: no employed social-worker FTE. The history is
        // declared complete from 2000, so the null turnover is the zero denominator's, not a short history's.
        var metrics = CouncilMetrics.Calculate(FixtureCsv.Inputs("team_code,team_name,service_area\nT1,One,Family Safeguarding", """
            worker_id,team_code,role,employment_type,fte,start_date,end_date
            P1,T1,adult_practitioner,permanent,1,2020-01-01,2024-05-01
            P2,T1,adult_practitioner,permanent,1,2020-01-01,
            """, historyStarts: FixtureCsv.LongHistory), new DateOnly(2024, 9, 30));

        Assert.That((metrics["WF-EMP-FTE"].Value, metrics["WF-LVR-HC"].Value, metrics["WF-TURN"].Value), Is.EqualTo(((decimal?)0, (decimal?)0, (decimal?)null)));
        Assert.That(metrics["WF-TURN"].ShortHistory, Is.False);
    }
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

public class DataQualityFindingsTests
{
    [Test]
    public void ShouldListEveryFindingTheDataQualityMetricsCount()
    {
        var inputs = FixtureCsv.Scenario();
        var asOf = FixtureCsv.Date(ScenarioCouncil.AsOf);

        var findings = DataQualityFindings.On(inputs, asOf);
        var metrics = CouncilMetrics.Calculate(inputs, asOf);

        foreach (var id in new[] { "DQ-NOT-IN-POST", "DQ-NO-QUALIFIED", "DQ-OVERLAP" })
        {
            Assert.That(findings.Count(f => f.MetricId == id), Is.EqualTo(metrics[id].Value), id);
        }

        Assert.That(findings.Single(f => f.MetricId == "DQ-NOT-IN-POST"), Is.EqualTo(new DataQualityFinding("DQ-NOT-IN-POST", "A7", "C7",
            "CL allocation open since 2024-03-01, but the worker has no spell in post on 2024-09-30; not counted in caseloads.")));
    }

    [Test]
    public void ShouldFindOverlappingSpellsOfOneWorkerInOneTeam()
    {
        var inputs = FixtureCsv.Inputs("team_code,team_name,service_area\nT1,One,Assessment", """
            worker_id,team_code,role,employment_type,fte,start_date,end_date
            W1,T1,case_holder,permanent,1,2020-01-01,2023-06-30
            W1,T1,senior_practitioner,permanent,1,2023-06-01,
            """);

        var finding = DataQualityFindings.On(inputs, new DateOnly(2024, 9, 30)).Single();

        Assert.That((finding.MetricId, finding.WorkerId), Is.EqualTo(("DQ-OVERLAP", (string?)"W1")));
    }
}

using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>CH-CLA-3P-RATE, the DfE's measure: of the children looked after on D, the % with 3+ social workers in the year.</summary>
public class LookedAfterThreePlusTests
{
    [Test]
    public void ShouldCountChildrenWithAnOpenClaAllocation_ByTheirSocialWorkersInTheYear()
    {
        var inputs = FixtureCsv.Inputs(
            "team_code,team_name,service_area\nT1,One,Children Looked After",
            """
            worker_id,team_code,role,employment_type,fte,start_date
            W1,T1,case_holder,permanent,1,2020-01-01
            W2,T1,case_holder,permanent,1,2020-01-01
            W3,T1,case_holder,permanent,1,2020-01-01
            """,
            // A: looked after, three workers in the year: counts in both. B: looked after, one worker. C: CLA allocation ended
            // before D (not looked after on D). D: main case CP, but also an open CLA allocation: looked after on D.
            allocations: """
            child_id,worker_id,start_date,end_date,case_type
            A,W1,2024-01-01,2024-03-01,CLA
            A,W2,2024-03-02,2024-06-01,CLA
            A,W3,2024-06-02,,CLA
            B,W1,2023-01-01,,CLA
            C,W2,2023-01-01,2024-08-01,CLA
            D,W3,2024-09-01,,CP
            D,W2,2023-05-01,,CLA
            """);

        var metrics = CouncilMetrics.Calculate(inputs, new DateOnly(2024, 9, 30));

        // Looked after on 30 September 2024: A, B and D (3); with 3+ social workers: A (1). 1 / 3.
        Assert.That(metrics["CH-CLA-3P-RATE"].Numerator, Is.EqualTo(1));
        Assert.That(metrics["CH-CLA-3P-RATE"].Denominator, Is.EqualTo(3));
    }
}

using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Tests.Balancing;

public class BalancingOptionsTests
{
    [Test]
    public void ShouldWeighEveryCaseTypeOne_AndAllowCrossTeamOnlyForAnArea_ByDefault()
    {
        var options = new BalancingOptions();

        Assert.That(Enum.GetValues<CaseType>().Select(options.WeightOf), Is.All.EqualTo(1m));
        Assert.That((options.SettleDays, options.LeavingWithinDays), Is.EqualTo((90, 56)));
        Assert.That((options.AllowsCrossTeam(areaScope: true), options.AllowsCrossTeam(areaScope: false)), Is.EqualTo((true, false)));
        Assert.That(options.Problems(), Is.Empty);
    }

    [Test]
    public void ShouldNameEveryKeyAtFault()
    {
        var options = new BalancingOptions { SettleDays = -1, LeavingWithinDays = 5000 };
        options.Weights["CP"] = 0;
        options.Weights["XYZ"] = 2;

        Assert.That(options.Problems(), Is.EquivalentTo(new[]
        {
            "Balancing:Weights:CP must be more than 0 and at most 100, not 0.",
            "Balancing:Weights:XYZ names no case type: use CIN, CP, CLA or CL.",
            "Balancing:SettleDays must be from 0 to 3650 days, not -1.",
            "Balancing:LeavingWithinDays must be from 0 to 3650 days, not 5000.",
        }));
    }

    [Test]
    public void ShouldMatchAWeightsCaseTypeWhateverItsCase()
    {
        var options = new BalancingOptions();
        options.Weights["cp"] = 1.5m;

        Assert.That(options.WeightOf(CaseType.CP), Is.EqualTo(1.5m));
    }
}

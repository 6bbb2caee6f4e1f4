using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests.Access;

/// <summary>
/// The one small-numbers rule (access.md) on each surface that writes figures, on a small council: the Changes
/// page's summary, the leavers-by-reason CSV and a series CSV of council-level breakdown parts.
/// </summary>
public class SmallNumbersOnEachSurfaceTests
{
    private static readonly DateOnly s_asOf = new(2024, 9, 30);

    [Test]
    public void ShouldShowTheCouncilsTotalOfChanges_ButWithholdTheRecordedOnes_WhenTheInferredAreFew()
    {
        // HR at council level: 43 changes, 40 recorded, so 3 inferred. The total is the council's own; 40 would give the 3 away.
        var summary = ChangesSummary.Of(Dimension.Council, total: 43, recorded: 40, applies: true);

        Assert.That(summary, Is.EqualTo(new ChangesSummary("43", "suppressed", "suppressed")));
    }

    [Test]
    public void ShouldWithholdATeamsFewChanges_AndTheirShare()
    {
        // A team's 3 changes, 1 recorded: both small, and the share of 1 in 3 with them.
        Assert.That(ChangesSummary.Of(Dimension.Team, total: 3, recorded: 1, applies: true), Is.EqualTo(new ChangesSummary("<5", "<5", "suppressed")));
        Assert.That(ChangesSummary.Of(Dimension.Team, total: 3, recorded: 1, applies: false), Is.EqualTo(new ChangesSummary("3", "1", "33.3%")), "a leader sees them");
    }

    [Test]
    public void ShouldWithholdTheNextSmallestLeavingReason_AndTheFteOfEachWithheldReason()
    {
        // 22 leavings: resignation 12, dismissal 7, retirement 3. "<5" for 3; 7 goes too, else 22 - 12 - 7 = 3.
        LeaversByReason[] rows = [new("resignation", 12, 10.5m), new("dismissal", 7, 6.0m), new("retirement", 3, 2.4m)];

        Assert.That(LeaversByReasonDownload.ToCsv(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "reason,leavings,fte", "resignation,12,10.5", "dismissal,suppressed,suppressed", "retirement,<5,suppressed",
        }));
    }

    [Test]
    public void ShouldWithholdTheCouncilsSmallChangeReasons_InASeriesDownload()
    {
        // The council's 20 changes: worker left 12, restructure 5, management decision 3. A download leaves the council:
        // 3 is "<5" and 5 goes with it; the total, the council's own, stays.
        MetricSeriesPoint[] points =
        [
            Count(MetricIds.Changes, 20), Count(MetricIds.ChangesWorkerLeft, 12), Count(MetricIds.ChangesRestructure, 5), Count(MetricIds.ChangesManagementDecision, 3),
        ];

        var lines = SeriesDownload.ToCsv(points, WithheldPoints.Of(Dimension.Council, points)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines.Single(l => l.Contains(",CH-CHG,", StringComparison.Ordinal)), Does.EndWith(",20,20,"));
        Assert.That(lines.Single(l => l.Contains(",CH-CHG-MANAGE,", StringComparison.Ordinal)), Does.EndWith(",<5,<5,"));
        Assert.That(lines.Single(l => l.Contains(",CH-CHG-ORGRST,", StringComparison.Ordinal)), Does.EndWith(",suppressed,suppressed,"));
        Assert.That(lines.Single(l => l.Contains(",CH-CHG-LEFTRL,", StringComparison.Ordinal)), Does.EndWith(",12,12,"));
    }

    private static MetricSeriesPoint Count(string id, double n) => new(s_asOf, id, n, null, n);
}

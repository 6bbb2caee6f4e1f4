using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests;

public class NightlyScheduleTests
{
    private static readonly TimeSpan s_offset = TimeSpan.FromHours(1);

    [Test]
    public void ShouldRunTonight_WhenTheTimeIsStillAhead()
    {
        var now = new DateTimeOffset(2026, 11, 22, 1, 30, 0, s_offset);

        Assert.That(NightlySchedule.NextRun(now, new TimeOnly(2, 0)), Is.EqualTo(new DateTimeOffset(2026, 11, 22, 2, 0, 0, s_offset)));
    }

    [Test]
    public void ShouldRunTomorrow_WhenTodaysTimeHasPassedOrIsNow()
    {
        var now = new DateTimeOffset(2026, 11, 22, 2, 0, 0, s_offset);

        Assert.That(NightlySchedule.NextRun(now, new TimeOnly(2, 0)), Is.EqualTo(new DateTimeOffset(2026, 11, 23, 2, 0, 0, s_offset)));
    }
}

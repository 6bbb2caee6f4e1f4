namespace WorkforceInsights.Web.Services;

/// <summary>When the nightly import next runs: today at the configured time if still ahead, else tomorrow.</summary>
public static class NightlySchedule
{
    public static DateTimeOffset NextRun(DateTimeOffset localNow, TimeOnly timeOfDay)
    {
        var today = new DateTimeOffset(DateOnly.FromDateTime(localNow.DateTime).ToDateTime(timeOfDay), localNow.Offset);
        return today > localNow ? today : today.AddDays(1);
    }
}

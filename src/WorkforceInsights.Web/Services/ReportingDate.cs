using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The reporting date a page shows, from the URL's <c>asOf=yyyy-MM-dd</c>: the last stored month end on
/// or before it, or the latest stored date when the URL names none (or a date before any data).
/// </summary>
public static class ReportingDate
{
    public const string QueryName = "asOf";

    public static DateOnly? Parse(string? text) =>
        IsoDate.TryParse(text, out var date) ? date : null;

    /// <param name="storedDates">The dates the series holds, in any order.</param>
    /// <param name="requested">The date asked for, or null for the latest.</param>
    public static DateOnly? Resolve(IEnumerable<DateOnly> storedDates, DateOnly? requested)
    {
        var dates = storedDates.Order().ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        return requested is { } r && dates.FindLastIndex(d => d <= r) is var i and >= 0 ? dates[i] : dates[^1];
    }

    /// <summary>The date as the URL and the data attributes write it.</summary>
    public static string Key(DateOnly date) => IsoDate.Of(date);
}

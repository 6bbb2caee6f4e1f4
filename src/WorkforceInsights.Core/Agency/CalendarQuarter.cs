using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkforceInsights.Core.Agency;

/// <summary>A calendar quarter as the agency return names it: `2026-Q3` is July to September 2026.</summary>
public sealed partial record CalendarQuarter(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}");

    /// <returns>The quarter, or null when the text is not `yyyy-Qn` with n from 1 to 4.</returns>
    public static CalendarQuarter? Parse(string? text)
    {
        var match = text is null ? null : QuarterPattern().Match(text.Trim());
        return match is { Success: true }
            ? new CalendarQuarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();
}

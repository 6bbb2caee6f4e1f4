using System.Globalization;
using WorkforceInsights.Core.Agency;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The agency rules' settings (section "Agency"; agency.md): `Agency:Caps:&lt;job type&gt;` in pounds an hour (no
/// defaults, since each region agrees its own), and the dates the rules apply from. Kept as text so that a bad value
/// is reported with its key by <see cref="AgencyOptionsValidator"/> rather than by the binder.
/// </summary>
public sealed class AgencyOptions
{
    public const string SectionName = "Agency";

    public Dictionary<string, string> Caps { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string RulesFrom { get; set; } = "2024-10-31";

    public string AllFrom { get; set; } = "2025-10-01";

    /// <summary>Every problem with the settings, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (key, value) in Caps)
        {
            if (!AgencyJobTypes.Codes.TryParse(key, out _))
            {
                problems.Add($"{SectionName}:Caps:{key} is not a job type; expected one of {AgencyJobTypes.Codes.AllowedValues}.");
            }
            else if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cap) || cap <= 0)
            {
                problems.Add($"{SectionName}:Caps:{key} is '{value}': expected pounds an hour, a number above 0 with '.' as the decimal point.");
            }
        }

        var rulesFrom = Date(nameof(RulesFrom), RulesFrom, problems);
        var allFrom = Date(nameof(AllFrom), AllFrom, problems);
        if (rulesFrom is { } r && allFrom is { } a && a < r)
        {
            problems.Add($"{SectionName}:AllFrom ({AllFrom}) is before {SectionName}:RulesFrom ({RulesFrom}).");
        }

        return problems;
    }

    /// <summary>The settings the rules are checked with; call only when <see cref="Problems"/> is empty.</summary>
    public AgencyRuleSettings ToSettings() => new(
        Caps.ToDictionary(c => AgencyJobTypes.Codes.Parse(c.Key), c => decimal.Parse(c.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)),
        DateOnly.ParseExact(RulesFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly.ParseExact(AllFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static DateOnly? Date(string name, string value, List<string> problems)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{SectionName}:{name} is '{value}': expected a date as yyyy-MM-dd.");
        return null;
    }
}

using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// A stored figure's value, numerator and denominator as a CSV writes them under the small-numbers rule
/// (<see cref="SmallNumbers"/>): a withheld count (or FTE) is withheld in all three cells, since its numerator is
/// itself; a withheld rate keeps what may be shown of its parts and writes a small one "&lt;5".
/// </summary>
public static class WithheldCells
{
    public static (string Value, string Numerator, string Denominator) Of(Withheld withheld, MetricUnit unit, double? value, double? numerator, double? denominator)
    {
        if (withheld == Withheld.None)
        {
            return (Figures.Raw(value), Figures.Raw(numerator), Figures.Raw(denominator));
        }

        var text = SmallNumbers.Text(withheld)!;
        return unit.IsCount() || unit == MetricUnit.Fte
            ? (text, text, Figures.Raw(denominator))
            : (text, Part(numerator), Part(denominator));
    }

    /// <summary>A count shown beside others: "&lt;5" from 1 to 4.</summary>
    public static string Part(double? count) => SmallNumbers.Text(SmallNumbers.Count(count)) ?? Figures.Raw(count);
}

using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// A scope's changes of social worker in the year, those with a recorded reason and their share, as the Changes page
/// writes them: under the small-numbers rule where it applies (the recorded and the inferred are parts of the total;
/// the total is the council's own only at council level).
/// </summary>
public sealed record ChangesSummary(string Total, string Recorded, string Share)
{
    public static ChangesSummary Of(Dimension dimension, int total, int recorded, bool applies)
    {
        var withheld = applies
            ? Withholding.OfOneDate(dimension, [new Figure(MetricIds.Changes, total, total, null), new Figure(MetricIds.RecordedChanges, recorded, recorded, null)])
            : new Dictionary<string, Withheld>();
        var (totalWithheld, recordedWithheld) = (withheld.GetValueOrDefault(MetricIds.Changes), withheld.GetValueOrDefault(MetricIds.RecordedChanges));
        var share = total == 0 ? "no data"
            : SmallNumbers.Text(SmallNumbers.ShareOf((Withheld)Math.Max((int)totalWithheld, (int)recordedWithheld)))
              ?? Charts.FigureText.Format(100.0 * recorded / total, MetricUnit.Percent);
        return new(
            SmallNumbers.Text(totalWithheld) ?? total.ToString("N0", Figures.Culture),
            SmallNumbers.Text(recordedWithheld) ?? recorded.ToString("N0", Figures.Culture),
            share);
    }
}

using WorkforceInsights.Core.Metrics.Definitions.Caseload;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics;

/// <summary>Every metric of the catalogue for the whole council on one date, plus the differential caseload.</summary>
public sealed record CouncilMetrics(DateOnly AsOf, IReadOnlyDictionary<string, MetricResult> Results, IReadOnlyDictionary<string, MetricResult> AverageCaseloadByBand)
{
    public static CouncilMetrics Calculate(MetricInputs inputs, DateOnly asOf)
    {
        var day = MetricDayBuilder.Build(inputs, asOf);
        var results = MetricCatalog.All.ToDictionary(m => m.Info.Id, m => HistoryGate.Calculate(m, day, inputs.HistoryStarts), StringComparer.Ordinal);
        var bands = MetricDaySplitter.Split(day, Dimension.ExperienceBand);
        var average = new AverageCaseload();
        var byBand = ExperienceBand.All.ToDictionary(
            b => b,
            b => !HistoryGate.Covers(average.Info, asOf, inputs.HistoryStarts) ? MetricResult.FewerThanAYear
                : bands.TryGetValue(b, out var group) ? average.Calculate(group) : MetricResult.Ratio(0, 0),
            StringComparer.Ordinal);
        return new CouncilMetrics(asOf, results, byBand);
    }

    public MetricResult this[string id] => Results[id];
}

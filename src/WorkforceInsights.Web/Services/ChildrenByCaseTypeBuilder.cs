using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The Children page's distribution of social workers per child (1, 2, 3+) by case type on the reporting date,
/// from the stored case-type breakdown (which is council-wide: the series split by one breakdown at a time). A date the
/// allocations' history does not yet cover reads "fewer than 12 months of data".
/// </summary>
public sealed class ChildrenByCaseTypeBuilder(MetricBreakdownQuery breakdown)
{
    public static IReadOnlyList<string> MetricIds { get; } = [Core.Metrics.MetricIds.ChildrenWithOneWorker, Core.Metrics.MetricIds.ChildrenWithTwoWorkers, Core.Metrics.MetricIds.ChildrenWithThreePlusWorkers];

    /// <param name="asOf">The reporting date.</param>
    /// <param name="suppress">Withhold counts of 1 to 4 children (users without worker-level rights; access.md).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<BreakdownView> BuildAsync(DateOnly asOf, bool suppress, CancellationToken cancellationToken = default)
    {
        var points = await breakdown.RunAsync(nameof(Dimension.CaseType), asOf, MetricIds, cancellationToken);
        var series = MetricIds.Select(id => MetricCatalog.Get(id).Info).Select(i => new BreakdownView.Series(i.Id, i.Title, i.Unit)).ToList();
        var withheld = WithheldBreakdown.Of(Dimension.CaseType, points);
        var rows = CaseTypeNames.All
            .Where(t => points.Any(p => p.GroupKey == t.Code))
            .Select(t =>
            {
                var own = MetricIds.Select(id => points.FirstOrDefault(p => p.GroupKey == t.Code && p.MetricId == id)).ToList();
                return new BreakdownView.Row(t.Code, t.Name, [.. own.Select(p => p?.Value)],
                    [.. own.Select(p => p is null ? null : p.ShortHistory ? Charts.FigureText.FewerThanAYear
                        : suppress ? SmallNumbers.Text(withheld[(p.GroupKey, p.MetricId)]) : null)]);
            })
            .ToList();
        return new BreakdownView(
            $"Children by social workers in the year, by case type, on {Figures.Date(asOf)} (whole council)", "children-by-case-type", "Main case type",
            series, rows, BreakdownDownload.Url(MetricIds, Dimension.CaseType, asOf));
    }
}

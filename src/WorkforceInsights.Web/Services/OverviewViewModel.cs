using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Overview page: headline tiles for the reporting date, with the data's date and last import.</summary>
public sealed record OverviewViewModel(DateOnly? AsOf, DateOnly? YearBefore, string? LastImport, IReadOnlyList<OverviewViewModel.Tile> Tiles)
{
    /// <summary>One headline figure: its value, a year before, target, statuses and recent trend.</summary>
    public sealed record Tile(MetricInfo Info, double? Value, double? YearBeforeValue, decimal? Target, Status AgainstTarget, Status AgainstYearBefore, IReadOnlyList<MetricSeriesPoint> Trend)
    {
        public double? Change => Value - YearBeforeValue;
    }
}

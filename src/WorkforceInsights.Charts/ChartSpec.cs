using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Charts;

/// <summary>
/// What a chart shows, independent of how it is drawn: the dashboard inlines it as SVG, downloads offer it
/// as SVG and PNG, and documents embed the PNG. The table view is built from the same record, so the
/// picture and its text alternative cannot disagree.
/// </summary>
/// <param name="Title">Drawn above the chart and used as its accessible name.</param>
/// <param name="CategoryHeading">The first column of the table view and the horizontal axis label (e.g. "Month end").</param>
/// <param name="Categories">One per point, left to right (e.g. "Sep 2024", or a leaving reason).</param>
/// <param name="Target">A horizontal target line, where the figure has a target.</param>
/// <param name="TargetPoints">Targets at a date (a plan's), each drawn as a marker whose shape and label say on or off track.</param>
/// <param name="YearMark">
/// For a trend of month ends (category keys are ISO dates): the month of the year whose ends are labelled on a long
/// range (the workforce year ends in September, the children-in-need year in March). Null labels every n-th point.
/// </param>
public sealed record ChartSpec(
    string Title,
    ChartKind Kind,
    string CategoryHeading,
    IReadOnlyList<ChartCategory> Categories,
    IReadOnlyList<ChartSeries> Series,
    double? Target = null,
    int? YearMark = null,
    IReadOnlyList<ChartTargetPoint>? TargetPoints = null)
{
    /// <summary>The targets drawn or listed beside the chart (none for most charts).</summary>
    public IReadOnlyList<ChartTargetPoint> Targets => TargetPoints ?? [];

    /// <summary>The value axis label: the units of the series (e.g. "%", "FTE / workers").</summary>
    public string ValueAxisLabel => string.Join(" / ", Series.Select(s => s.Unit.Label()).Distinct());

    /// <summary>What is said under a chart that leaves points out (small numbers withheld, access.md).</summary>
    public const string WithheldNote = "Points with small numbers (fewer than 5) are withheld and not drawn.";

    /// <summary>Whether a point is left out because its value is withheld (its table cell says why).</summary>
    public bool HasWithheldPoints => Series.Any(s => s.Notes?.Any(FigureText.IsWithheld) == true);
}

/// <param name="Key">A stable key for tests and scripts (an ISO date, a code); <paramref name="Label"/> is what readers see.</param>
public sealed record ChartCategory(string Key, string Label);

/// <param name="Key">What the table's cells and the CSV call it (a metric id, or a column name).</param>
/// <param name="Values">One per category; null is "no data": a gap in a line, no bar, never 0.</param>
/// <param name="DrawAsLine">In a bar chart, draw this series as a line over the bars (e.g. each worker's threshold).</param>
/// <param name="Notes">Per point, what the table says where the value is withheld (e.g. "&lt;5" for a suppressed small count); the chart draws no point there.</param>
/// <param name="MarkersOnly">Draw the values as separate markers, not a line (e.g. published annual benchmarks over a monthly trend).</param>
/// <param name="BandEdge">The low or high edge of an interval: two such series in a row (low, then high) are drawn as one shaded band, listed in the table as their own columns.</param>
public sealed record ChartSeries(string Key, string Name, MetricUnit Unit, IReadOnlyList<double?> Values, bool DrawAsLine = false, IReadOnlyList<string?>? Notes = null, bool MarkersOnly = false, bool BandEdge = false);

public enum ChartKind
{
    /// <summary>A trend: one line per series.</summary>
    Line,

    /// <summary>Grouped bars: one bar per series in each category.</summary>
    Bar,

    /// <summary>A tile's small trend line: no title, axes or legend (the tile says what it is).</summary>
    Sparkline,
}

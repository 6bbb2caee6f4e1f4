using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// Everything a user is told about a metric: the dashboard and docs take titles and definitions
/// from here, never from a copy.
/// </summary>
/// <param name="Id">Stable identifier, e.g. WF-TURN.</param>
/// <param name="Title">Short title for tiles and charts.</param>
/// <param name="Definition">Plain-English definition, as in docs/metrics.md.</param>
/// <param name="Numerator">What is counted on top.</param>
/// <param name="Denominator">What it is divided by ("" for counts).</param>
/// <param name="Unit">What the value counts or measures: how it reads, and whether small numbers are withheld.</param>
/// <param name="Polarity">Which direction is an improvement.</param>
/// <param name="SourceFields">The extract columns it is computed from.</param>
/// <param name="AsAtRule">How the reporting date D applies.</param>
/// <param name="Dimensions">The breakdowns it is meaningful for (always includes Council).</param>
/// <param name="Page">The dashboard page that shows it in depth.</param>
/// <param name="Json">Where `wi metrics --format json` writes it: a dotted path such as "workforce.turnoverRate".</param>
/// <param name="Chart">The trend chart it is drawn on, if any.</param>
/// <param name="Theme">The briefing pack theme whose table it is a row of, if any.</param>
public sealed record MetricInfo(
    string Id,
    string Title,
    string Definition,
    string Numerator,
    string Denominator,
    MetricUnit Unit,
    Polarity Polarity,
    string SourceFields,
    string AsAtRule,
    IReadOnlyList<Dimension> Dimensions,
    DashboardPage Page,
    string Json,
    PageChart? Chart = null,
    PackTheme? Theme = null)
{
    /// <summary>
    /// The history the figure needs before D (metrics.md, "Complete years only"); until the extracts cover it the
    /// figure is null. Empty: the figure is given whatever the history (data-quality counts).
    /// </summary>
    public IReadOnlyList<HistoryNeed> Needs { get; init; } = [];
}

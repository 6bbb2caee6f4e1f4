namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// One trend chart of a dashboard page. Each metric names the chart it is drawn on; the page draws its charts in the
/// order of <see cref="PageCharts.All"/>, each with its metrics in catalogue order.
/// </summary>
/// <param name="Title">The chart's heading, and its accessible name.</param>
/// <param name="Page">The page the chart is on.</param>
public sealed record PageChart(string Title, DashboardPage Page);

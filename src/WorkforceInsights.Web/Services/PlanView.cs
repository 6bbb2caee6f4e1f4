using WorkforceInsights.Charts;
using WorkforceInsights.Core.Forecast;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// What the Plan page shows: the forecast (the scenario's where one is tried, the baseline beside it), a chart per
/// figure with the plan's targets, the backtest and the early-career cohorts. Aggregate only: no person is listed.
/// </summary>
/// <param name="ExtractDate">E of the imported data (null: nothing imported yet).</param>
/// <param name="Query">The URL's values, as typed, for the form.</param>
/// <param name="Errors">A plain message per bad value; the page then shows no figures.</param>
/// <param name="Shown">The forecast drawn and judged against the targets.</param>
/// <param name="Baseline">"Last year again"; the same report as <paramref name="Shown"/> when no scenario is tried.</param>
/// <param name="DownloadQuery">The query string of this forecast, for the downloads beside its charts.</param>
public sealed record PlanView(
    DateOnly? ExtractDate,
    PlanQuery Query,
    IReadOnlyList<string> Errors,
    PlanRequest? Request = null,
    ForecastReport? Shown = null,
    ForecastReport? Baseline = null,
    IReadOnlyList<ChartSpec>? Charts = null,
    ChartSpec? CohortChart = null,
    IReadOnlyList<CohortFigures.Row>? CohortRows = null,
    string DownloadQuery = "")
{
    public bool HasForecast => Shown is not null && Baseline is not null;

    public bool IsScenario => Request?.IsScenario == true;
}

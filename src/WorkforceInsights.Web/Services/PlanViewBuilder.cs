using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>Works out the Plan page (and its downloads) from the URL: the forecasts come from <see cref="PlanForecasts"/>.</summary>
public sealed class PlanViewBuilder(PlanForecasts forecasts)
{
    /// <param name="withholdCohorts">Whether the small-numbers rule applies to the cohorts (a download, or a user without worker-level rights).</param>
    public async Task<PlanView> BuildAsync(PlanQuery query, bool withholdCohorts, CancellationToken cancellationToken = default)
    {
        var extract = await forecasts.ExtractDateAsync(cancellationToken);
        var errors = new List<string>();
        var request = query.Parse(errors);
        if (extract is not { } e)
        {
            return new PlanView(null, query, []);
        }

        if (request?.AsOf > e)
        {
            errors.Add($"As of {IsoDate.Of(request.AsOf.Value)} is after the data's extract date {IsoDate.Of(e)}: the extracts do not yet describe that day.");
        }

        if (request is null || errors.Count > 0)
        {
            return new PlanView(e, query, errors);
        }

        var asOf = request.AsOf ?? e;
        var baseline = await forecasts.ReportAsync(asOf, request.Months, ForecastScenario.Baseline, cancellationToken);
        var shown = request.IsScenario ? await forecasts.ReportAsync(asOf, request.Months, request.Scenario, cancellationToken) : baseline;
        return new PlanView(
            e, query, [], request, shown, baseline,
            [.. ForecastChart.MetricIds.Select(id => ForecastChart.Of(id, shown, request.IsScenario ? baseline : null))],
            CohortFigures.Chart(shown.Cohorts, withholdCohorts),
            CohortFigures.Rows(shown.Cohorts, withholdCohorts),
            request.QueryFor(asOf));
    }
}

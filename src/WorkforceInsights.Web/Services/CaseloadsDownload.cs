using System.Globalization;
using System.Text;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/caseloads.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the numbers the Caseloads page's
/// per-case-holder chart plots (cases and threshold of each case holder), as CSV. Worker ids only, never names.
/// </summary>
public static class CaseloadsDownload
{
    public const string Path = "/download/caseloads.csv";

    public static string Url(PageFilters filters) => PageLinks.To(Path, filters.AsOf, filters.ServiceArea, filters.Team);

    public static IEndpointRouteBuilder MapCaseloadsDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (string? asOf, string? area, string? team, CaseloadsViewModelBuilder builder, CancellationToken cancellationToken) =>
        {
            var date = ReportingDate.Parse(asOf);
            if (asOf is not null && date is null)
            {
                return Results.BadRequest("asOf is a date written yyyy-MM-dd.");
            }

            var model = await builder.BuildAsync(new PageFilters(date, area, team), cancellationToken);
            var name = $"caseloads_{(model.AsOf is { } d ? ReportingDate.Key(d) : "none")}_{model.Scope.GroupKey}.csv";
            return Results.File(Encoding.UTF8.GetBytes(ToCsv(model.Workers)), "text/csv", name);
        });
        return endpoints;
    }

    public static string ToCsv(IEnumerable<CaseloadsViewModel.Worker> workers)
    {
        var csv = new StringBuilder("worker_id,team_code,experience_band,fte,cases,threshold,above_threshold\n");
        foreach (var w in workers)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{CsvText.Field(w.WorkerId)},{CsvText.Field(w.TeamCode)},{w.Band},{w.Fte},{w.Cases},{w.Threshold},{(w.AboveThreshold ? "yes" : "no")}\n");
        }

        return csv.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/caseloads.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the numbers the Caseloads page's
/// per-case-holder chart plots (cases and threshold of each case holder), as CSV; <c>caseloads.svg</c> and
/// <c>caseloads.png</c> are the chart. Worker ids only, never names.
/// </summary>
public static class CaseloadsDownload
{
    public const string Path = "/download/caseloads.csv";

    public static string Url(PageFilters filters) => PageLinks.To(Path, filters.AsOf, filters.ServiceArea, filters.Team);

    public static IEndpointRouteBuilder MapCaseloadsDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, CaseloadsViewModelBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, model) = await ReadAsync(request, builder, cancellationToken);
            return error ?? Results.File(Encoding.UTF8.GetBytes(ToCsv(model!.Workers)), "text/csv", FileStem(model) + ".csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, CaseloadsViewModelBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, model) = await ReadAsync(request, builder, cancellationToken);
            return error ?? ChartImage.Result(charts, ChartSpecs.CaseHolders(model!.Workers), format, FileStem(model));
        });
        return endpoints;
    }

    private static string FileStem(CaseloadsViewModel model) =>
        $"caseloads_{(model.AsOf is { } d ? ReportingDate.Key(d) : "none")}_{model.Scope.GroupKey}";

    private static async Task<(IResult? Error, CaseloadsViewModel? Model)> ReadAsync(Request request, CaseloadsViewModelBuilder builder, CancellationToken cancellationToken)
    {
        var date = ReportingDate.Parse(request.AsOf);
        if (request.AsOf is not null && date is null)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), null);
        }

        return (null, await builder.BuildAsync(new PageFilters(date, request.Area, request.Team), cancellationToken));
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

    /// <summary>The query of a caseloads download.</summary>
    public sealed record Request(string? AsOf, string? Area, string? Team);
}

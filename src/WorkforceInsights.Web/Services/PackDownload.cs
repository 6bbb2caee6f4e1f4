using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/briefing-pack.docx[?asOf=yyyy-MM-dd]: the Ofsted briefing pack (the document `wi pack` writes), for
/// Leader, HR and DataOfficer (access.md); every download is in the access log.
/// </summary>
public static class PackDownload
{
    public const string Path = "/download/briefing-pack.docx";

    public static IEndpointRouteBuilder MapPackDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (string? asOf, HttpContext context, BriefingPackBuilder builder, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var date = ReportingDate.Parse(asOf);
            if (asOf is not null && date is null)
            {
                return Results.BadRequest("asOf is a date written yyyy-MM-dd.");
            }

            var pack = await builder.BuildAsync(date, cancellationToken);
            if (pack is null)
            {
                return Results.NotFound("No figures are stored yet: import the council's extracts first.");
            }

            using var document = new MemoryStream();
            BriefingPackWriter.Write(pack, document);
            await log.RecordAsync(context, Path, pack.Sections.Sum(s => s.Figures.Count), cancellationToken);
            return Results.File(document.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"briefing-pack_{ReportingDate.Key(pack.DataAsAt)}.docx");
        }).RequireAuthorization(Policies.Pack);
        return endpoints;
    }
}

/// <summary>The Overview's link to the pack, for the date it shows.</summary>
public static class PackLinks
{
    public static string For(DateOnly? asOf) => asOf is { } d ? $"{PackDownload.Path}?asOf={ReportingDate.Key(d)}" : PackDownload.Path;
}

using System.Globalization;
using System.Text;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The Agency page's downloads, for Leader and HR (access.md, workforce planning):
/// <c>/download/agency-register.csv?asOf=</c> (the register, worker-level: in the access log),
/// <c>/download/agency-spend.csv|.png|.svg?asOf=</c> (the estimated spend, with small numbers withheld) and
/// <c>/download/agency-return.csv?quarter=yyyy-Qn</c> (the quarterly return, the bytes `wi agency-return` writes: in the access log).
/// </summary>
public static class AgencyDownload
{
    public const string RegisterPath = "/download/agency-register.csv";
    public const string SpendPath = "/download/agency-spend.csv";
    public const string ReturnPath = "/download/agency-return.csv";

    public static string RegisterUrl(DateOnly? asOf) => PageLinks.To(RegisterPath, asOf, null, null);

    public static string SpendUrl(DateOnly? asOf) => PageLinks.To(SpendPath, asOf, null, null);

    public static string ReturnUrl(CalendarQuarter quarter) => $"{ReturnPath}?quarter={quarter}";

    public static IEndpointRouteBuilder MapAgencyDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RegisterPath, async (string? asOf, HttpContext context, AgencyViewBuilder builder, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(asOf, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            await log.RecordAsync(context, RegisterPath, view!.Register.Count, cancellationToken);
            return CsvDownload.File(RegisterCsv(view.Register), $"agency-register_{Stem(view)}.csv");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(SpendPath, async (string? asOf, AgencyViewBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(asOf, builder, cancellationToken);
            return error ?? CsvDownload.File(SpendCsv(view!.Spend), $"agency-spend_{Stem(view)}.csv");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(ChartImage.RouteFor(SpendPath), async (string format, string? asOf, AgencyViewBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(asOf, builder, cancellationToken);
            // Leaves the council: a month resting on fewer than five workers is not drawn, as the CSV withholds it.
            return error ?? ChartImage.Result(charts, AgencySpendChart.Of(view!.Spend, suppress: true), format, $"agency-spend_{Stem(view)}");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(ReturnPath, async (string? quarter, HttpContext context, AgencyInputsReader reader, AccessLogger log, CancellationToken cancellationToken) =>
        {
            if (CalendarQuarter.Parse(quarter) is not { } asked)
            {
                return Results.BadRequest("quarter is a calendar quarter written yyyy-Qn, e.g. 2026-Q3.");
            }

            if (await reader.ReadAsync(cancellationToken) is not { } inputs)
            {
                return Results.NotFound("No extracts have been imported yet.");
            }

            if (asked.To > inputs.ExtractDate)
            {
                return Results.BadRequest($"Quarter {asked} ends after the data's extract date {IsoDate.Of(inputs.ExtractDate)}: the extracts do not yet describe all of it.");
            }

            var agencyReturn = inputs.ReturnFor(asked);
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            AgencyReturnCsv.Write(agencyReturn, text);
            await log.RecordAsync(context, ReturnPath, agencyReturn.Rows.Count, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"agency-return_{asked}.csv");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        return endpoints;
    }

    /// <summary>
    /// The register as the page lists it, person by person: no count of people in it to withhold (access.md's rule is
    /// for figures about groups); who downloads it is logged instead.
    /// </summary>
    public static string RegisterCsv(IEnumerable<AssignmentCheck> register) => CsvDownload.Write<AgencyRegisterCsvRow, AgencyRegisterCsvMap>(
        register.Select(c => new AgencyRegisterCsvRow(
            c.WorkerId, AgencyJobTypes.Word(c.JobType), c.Terms.AgencyName, IsoDate.Of(c.Assignment.Start),
            c.QualifiedYearsAtStart?.ToString(CultureInfo.InvariantCulture), Money(c.Terms.HourlyRate), Money(c.Cap),
            c.Rules[AgencyRule.Experience].Text, c.Rules[AgencyRule.Experience].Reason,
            c.Rules[AgencyRule.PriceCap].Text, c.Rules[AgencyRule.PriceCap].Reason,
            c.Rules[AgencyRule.Notice].Text, c.Rules[AgencyRule.Notice].Reason,
            c.Rules[AgencyRule.References].Text, c.Rules[AgencyRule.References].Reason,
            c.Rules[AgencyRule.CoolOff].Text, c.Rules[AgencyRule.CoolOff].Reason)));

    /// <summary>The spend leaves the council: a month over 1 to 4 workers is "suppressed", and those counts "&lt;5" (access.md).</summary>
    public static string SpendCsv(IEnumerable<MonthSpend> months) => CsvDownload.Write<AgencySpendCsvRow, AgencySpendCsvMap>(
        months.Select(m => new AgencySpendCsvRow(
            IsoDate.Of(m.Month)[..7], IsoDate.Of(m.To),
            AgencySpendChart.IsWithheld(m) ? Core.Disclosure.SmallNumbers.SuppressedText : Math.Round(m.Estimate, 2).ToString("0.00", CultureInfo.InvariantCulture),
            WithheldCells.Part(m.WorkersCharged), WithheldCells.Part(m.WorkersWithoutRate))));

    private static async Task<(IResult? Error, AgencyView? View)> ReadAsync(string? asOf, AgencyViewBuilder builder, CancellationToken cancellationToken)
    {
        var date = ReportingDate.Parse(asOf);
        if (asOf is not null && date is null)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), null);
        }

        var view = await builder.BuildAsync(date, cancellationToken);
        return view.AsOf is null ? (Results.NotFound("No figures are stored yet: import the council's extracts first."), null) : (null, view);
    }

    private static string Stem(AgencyView view) => ReportingDate.Key(view.AsOf!.Value);

    private static string? Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);
}

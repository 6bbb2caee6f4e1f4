using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Builds the Agency page (agency.md, "Where it shows") for the whole council: the rules are checked by Core's
/// register from the stored spells, and the headcount, FTE and rate are the stored figures the Workforce page shows.
/// </summary>
public sealed class AgencyViewBuilder(AgencyInputsReader inputs, MetricSeriesQuery series, ImportAuditStore audit)
{
    private const string Council = "Council";

    /// <summary>How many months the spend chart shows, ending with the register's month (a bar each, labelled: a year reads at a glance).</summary>
    public const int SpendMonths = 12;

    /// <summary>How many quarters' returns the page offers.</summary>
    public const int QuartersOffered = 4;

    private static readonly string[] s_headlineIds = [MetricIds.AgencyHeadcount, MetricIds.AgencyFte, MetricIds.AgencyRate];

    /// <param name="requested">The URL's date: the register is for the last stored date on or before it (the latest when null).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<AgencyView> BuildAsync(DateOnly? requested, CancellationToken cancellationToken = default)
    {
        var points = await series.RunAsync(Council, Council, s_headlineIds, cancellationToken);
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var lastImport = await audit.LastRunFinishedAtAsync(cancellationToken);
        var data = await inputs.ReadAsync(cancellationToken);
        if (data is null || ReportingDate.Resolve(dates, requested) is not { } asOf)
        {
            return AgencyView.Empty(lastImport, dates);
        }

        double? Value(string id) => points.FirstOrDefault(p => p.AsOf == asOf && p.MetricId == id)?.Value;
        var register = data.RegisterOn(asOf);
        var spend = AgencySpend.Monthly(data.Spells, asOf.AddMonths(1 - SpendMonths), asOf);
        return new AgencyView(
            asOf, lastImport, dates, requested is null ? null : asOf,
            Value(MetricIds.AgencyHeadcount), Value(MetricIds.AgencyFte), Value(MetricIds.AgencyRate),
            RegisterSummary.Of(asOf, register), register,
            spend.Any(m => m.WorkersCharged > 0) ? spend : [],
            data.CompleteQuarters(QuartersOffered), data.Settings);
    }

    /// <summary>The register's headline counts on a day (the Overview's agency rules tile); null before any import.</summary>
    public async Task<RegisterSummary?> SummaryAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        await inputs.ReadAsync(cancellationToken) is { } data ? RegisterSummary.Of(day, data.RegisterOn(day)) : null;
}

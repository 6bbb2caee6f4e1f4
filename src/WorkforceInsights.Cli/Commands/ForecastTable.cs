using System.Globalization;
using WorkforceInsights.Core.Forecast;

namespace WorkforceInsights.Cli.Commands;

/// <summary>`wi forecast --format table`: the rates used, each month end's figures to one decimal place, the plan's targets and the backtest.</summary>
public static class ForecastTable
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-GB");

    public static void Write(ForecastReport report, TextWriter output)
    {
        var forecast = report.Forecast;
        var scenario = forecast.Scenario;
        output.WriteLine($"Workforce forecast from {Day(forecast.AsOf)} for {forecast.Months} months (advice: the council's last year carried forward)");
        output.WriteLine($"  Scenario: extra ASYE {N(scenario.ExtraAsye)} FTE a year, {scenario.Conversions} conversions a month, leaving change {N(scenario.LeavingChange)}%, establishment change {N(scenario.EstablishmentChange)} FTE, demand change {N(scenario.DemandChange)}% a year");
        output.WriteLine($"  Leaving rates a year (last year's): {string.Join(", ", forecast.Rates.Select(r => $"{r.Key} {N(r.Value * 100)}%"))}");
        output.WriteLine($"  {"date",-11} {"employed FTE",12} {"80% interval",15} {"agency FTE",10} {"vacancy %",9} {"agency %",8} {"turnover %",10} {"caseload",8}");
        foreach (var p in forecast.Points)
        {
            output.WriteLine($"  {p.Date:yyyy-MM-dd} {N(p.EmployedFte),12} {N(p.EmployedFteLow) + "-" + N(p.EmployedFteHigh),15} {N(p.AgencyFte),10} {N(p.VacancyRate),9} {N(p.AgencyRate),8} {N(p.TurnoverRate),10} {N(p.AverageCaseload),8}");
        }

        output.WriteLine(report.Targets.Count == 0 ? "  The plan (Targets:Plan) sets no target within the horizon." : "  The plan's targets:");
        foreach (var t in report.Targets)
        {
            var status = t.OnTrack switch { true => "on track", false => "off track", null => "no data" };
            output.WriteLine($"    {t.Metric,-12} by {Day(t.Date)}: target {N(t.Value)}, {(t.IsActual ? "actual" : "forecast")} {N(t.Forecast)} (gap {N(t.Gap)}): {status}");
        }

        var b = report.Backtest;
        output.WriteLine($"  Last year's forecast (made with the data as it stood on {Day(b.AsOf)}) against what happened on {Day(forecast.AsOf)}:");
        foreach (var (name, figure) in new[] { ("employed FTE", b.EmployedFte), ("agency FTE", b.AgencyFte), ("turnover %", b.TurnoverRate) })
        {
            output.WriteLine($"    {name,-13} forecast {N(figure.Forecast),7}  actual {N(figure.Actual),7}  difference {N(figure.Difference),6}");
        }

        output.WriteLine("  Early-career cohorts (ASYE starters by the year to 30 September): year, starters (FTE), % still employed 12 / 24 / 36 months on, above the ASYE caseload target in their first year");
        foreach (var c in report.Cohorts)
        {
            output.WriteLine($"    {c.Year} {c.Starters,5} ({N(c.StartersFte)})  {N(c.Retained12),7} {N(c.Retained24),7} {N(c.Retained36),7}  {c.AboveAsyeTarget,5}");
        }
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", s_culture);

    private static string N(double? value) => value is { } v ? v.ToString("N1", s_culture) : "no data";
}

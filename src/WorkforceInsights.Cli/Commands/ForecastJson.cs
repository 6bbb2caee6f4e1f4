using System.Text.Json;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Periods;
using static WorkforceInsights.Cli.Commands.JsonNumbers;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The `wi forecast --format json` shape of forecast.md: numbers unrounded, null where there is no data.</summary>
public static class ForecastJson
{
    public static string Write(ForecastReport report)
    {
        var forecast = report.Forecast;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", IsoDate.Of(forecast.AsOf));
            json.WriteNumber("months", forecast.Months);
            json.WriteStartObject("scenario");
            json.WriteNumber("extraAsye", forecast.Scenario.ExtraAsye);
            json.WriteNumber("conversions", forecast.Scenario.Conversions);
            json.WriteNumber("leavingChange", forecast.Scenario.LeavingChange);
            json.WriteNumber("establishmentChange", forecast.Scenario.EstablishmentChange);
            json.WriteNumber("demandChange", forecast.Scenario.DemandChange);
            json.WriteEndObject();
            Bands(json, "rates", forecast.Rates);
            json.WriteStartArray("points");
            foreach (var point in forecast.Points)
            {
                Point(json, point);
            }

            json.WriteEndArray();
            json.WriteStartArray("targets");
            foreach (var target in report.Targets)
            {
                json.WriteStartObject();
                json.WriteString("metric", target.Metric);
                json.WriteString("date", IsoDate.Of(target.Date));
                json.WriteNumber("value", target.Value);
                Number(json, "forecast", target.Forecast);
                Number(json, "gap", target.Gap);
                if (target.OnTrack is { } onTrack)
                {
                    json.WriteBoolean("onTrack", onTrack);
                }
                else
                {
                    json.WriteNull("onTrack");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("backtest");
            json.WriteString("asOf", IsoDate.Of(report.Backtest.AsOf));
            Figure(json, "employedFte", report.Backtest.EmployedFte);
            Figure(json, "agencyFte", report.Backtest.AgencyFte);
            Figure(json, "turnoverRate", report.Backtest.TurnoverRate);
            json.WriteEndObject();
            json.WriteStartArray("cohorts");
            foreach (var cohort in report.Cohorts)
            {
                Cohort(json, cohort);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Point(Utf8JsonWriter json, ForecastPoint point)
    {
        json.WriteStartObject();
        json.WriteString("date", IsoDate.Of(point.Date));
        json.WriteNumber("employedFte", point.EmployedFte);
        json.WriteNumber("employedFteLow", point.EmployedFteLow);
        json.WriteNumber("employedFteHigh", point.EmployedFteHigh);
        Bands(json, "employedFteByBand", point.EmployedFteByBand);
        json.WriteNumber("agencyFte", point.AgencyFte);
        json.WriteNumber("establishmentFte", point.EstablishmentFte);
        json.WriteNumber("vacancyFte", point.VacancyFte);
        Number(json, "vacancyRate", point.VacancyRate);
        Number(json, "agencyRate", point.AgencyRate);
        Number(json, "turnoverRate", point.TurnoverRate);
        Number(json, "averageCaseload", point.AverageCaseload);
        json.WriteEndObject();
    }

    private static void Cohort(Utf8JsonWriter json, EarlyCareerCohort cohort)
    {
        json.WriteStartObject();
        json.WriteNumber("year", cohort.Year);
        json.WriteNumber("starters", cohort.Starters);
        json.WriteNumber("startersFte", cohort.StartersFte);
        Number(json, "retained12", cohort.Retained12);
        Number(json, "retained24", cohort.Retained24);
        Number(json, "retained36", cohort.Retained36);
        json.WriteStartArray("averageCaseloadByMonth");
        foreach (var caseload in cohort.AverageCaseloadByMonth)
        {
            if (caseload is { } c)
            {
                json.WriteNumberValue(c);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
        json.WriteNumber("aboveAsyeTarget", cohort.AboveAsyeTarget);
        json.WriteEndObject();
    }

    private static void Bands(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, double> byBand)
    {
        json.WriteStartObject(name);
        foreach (var (band, value) in byBand)
        {
            json.WriteNumber(band, value);
        }

        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, string name, BacktestFigure figure)
    {
        json.WriteStartObject(name);
        Number(json, "forecast", figure.Forecast);
        Number(json, "actual", figure.Actual);
        json.WriteEndObject();
    }
}

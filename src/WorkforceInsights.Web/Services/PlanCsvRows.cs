using CsvHelper;
using CsvHelper.Configuration;

namespace WorkforceInsights.Web.Services;

// The rows of the Plan page's CSV downloads and their class maps (as CsvRows.cs for the other downloads).

/// <summary>
/// A row of forecast.csv: one figure at one month end, with the baseline beside a scenario, employed FTE's interval,
/// and a plan's target on the row of the month end it is judged at (a target before E on its own row, with the actual figure).
/// </summary>
public sealed record ForecastCsvRow(string AsOf, string Date, string MetricId, string Metric, string Forecast, string Baseline, string Low, string High, string TargetDate, string Target, string Gap, string TargetStatus);

public sealed class ForecastCsvMap : ClassMap<ForecastCsvRow>
{
    public ForecastCsvMap()
    {
        Map(r => r.AsOf).Name("forecast_from");
        Map(r => r.Date).Name("date");
        Map(r => r.MetricId).Name("metric_id");
        Map(r => r.Metric).Name("metric");
        Map(r => r.Forecast).Name("forecast");
        Map(r => r.Baseline).Name("baseline");
        Map(r => r.Low).Name("interval_80_low");
        Map(r => r.High).Name("interval_80_high");
        Map(r => r.TargetDate).Name("target_date");
        Map(r => r.Target).Name("target");
        Map(r => r.Gap).Name("gap");
        Map(r => r.TargetStatus).Name("target_status");
    }
}

/// <summary>A row of cohorts.csv: one early-career cohort, small numbers withheld (the file leaves the council).</summary>
public sealed record CohortCsvRow(CohortFigures.Row Row);

public sealed class CohortCsvMap : ClassMap<CohortCsvRow>
{
    public CohortCsvMap()
    {
        Column("cohort_year", r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Column("starters", r => r.Starters);
        Column("starters_fte", r => r.StartersFte);
        Column("retained_12_months_pct", r => r.Retained[0]);
        Column("retained_24_months_pct", r => r.Retained[1]);
        Column("retained_36_months_pct", r => r.Retained[2]);
        Column("above_asye_target", r => r.AboveAsyeTarget);
        for (var month = 1; month <= 12; month++)
        {
            var index = month - 1;
            Column($"average_caseload_month_{month}", r => r.CaseloadByMonth[index]);
        }
    }

    /// <summary>A column written from the row's figures (a cohort's twelve months are twelve columns).</summary>
    private void Column(string name, Func<CohortFigures.Row, string> value) =>
        Map().Name(name).Convert((ConvertToStringArgs<object> a) => value(((CohortCsvRow)a.Value).Row));
}

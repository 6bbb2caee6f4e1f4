using CsvHelper.Configuration;

namespace WorkforceInsights.Web.Services;

// The rows of each CSV download and their CsvHelper class maps: a file's column names and order live here, once.
// Values are text as the download shows them: a withheld small number is "<5" (access.md), not a count.

/// <summary>A row of series.csv: one metric on one date.</summary>
public sealed record SeriesCsvRow(string AsOf, string MetricId, string Metric, string? Value, string? Numerator, string? Denominator);

public sealed class SeriesCsvMap : ClassMap<SeriesCsvRow>
{
    public SeriesCsvMap()
    {
        Map(r => r.AsOf).Name("as_of");
        Map(r => r.MetricId).Name("metric_id");
        Map(r => r.Metric).Name("metric");
        Map(r => r.Value).Name("value");
        Map(r => r.Numerator).Name("numerator");
        Map(r => r.Denominator).Name("denominator");
    }
}

/// <summary>A row of breakdown.csv: one metric for one group on the date.</summary>
public sealed record BreakdownCsvRow(string Group, string MetricId, string Metric, string? Value, string? Numerator, string? Denominator);

public sealed class BreakdownCsvMap : ClassMap<BreakdownCsvRow>
{
    public BreakdownCsvMap()
    {
        Map(r => r.Group).Name("group");
        Map(r => r.MetricId).Name("metric_id");
        Map(r => r.Metric).Name("metric");
        Map(r => r.Value).Name("value");
        Map(r => r.Numerator).Name("numerator");
        Map(r => r.Denominator).Name("denominator");
    }
}

/// <summary>A row of caseloads.csv: one case holder (worker id only, never a name).</summary>
public sealed record CaseloadCsvRow(string WorkerId, string? TeamCode, string Band, string Fte, string Cases, string Threshold, string AboveThreshold);

public sealed class CaseloadCsvMap : ClassMap<CaseloadCsvRow>
{
    public CaseloadCsvMap()
    {
        Map(r => r.WorkerId).Name("worker_id");
        Map(r => r.TeamCode).Name("team_code");
        Map(r => r.Band).Name("experience_band");
        Map(r => r.Fte).Name("fte");
        Map(r => r.Cases).Name("cases");
        Map(r => r.Threshold).Name("threshold");
        Map(r => r.AboveThreshold).Name("above_threshold");
    }
}

/// <summary>A row of leavers-by-reason.csv.</summary>
public sealed record LeaversCsvRow(string Reason, string Leavings, string Fte);

public sealed class LeaversCsvMap : ClassMap<LeaversCsvRow>
{
    public LeaversCsvMap()
    {
        Map(r => r.Reason).Name("reason");
        Map(r => r.Leavings).Name("leavings");
        Map(r => r.Fte).Name("fte");
    }
}

/// <summary>A row of changes-by-reason.csv.</summary>
public sealed record ChangesCsvRow(string ReasonCode, string Reason, string Recorded, string Inferred);

public sealed class ChangesCsvMap : ClassMap<ChangesCsvRow>
{
    public ChangesCsvMap()
    {
        Map(r => r.ReasonCode).Name("reason_code");
        Map(r => r.Reason).Name("reason");
        Map(r => r.Recorded).Name("recorded");
        Map(r => r.Inferred).Name("inferred");
    }
}

/// <summary>A row of benchmarks.csv: one measure's published year.</summary>
public sealed record BenchmarkCsvRow(string Measure, string Year, string La, string England, string NeighboursMedian);

public sealed class BenchmarkCsvMap : ClassMap<BenchmarkCsvRow>
{
    public BenchmarkCsvMap()
    {
        Map(r => r.Measure).Name("measure");
        Map(r => r.Year).Name("year");
        Map(r => r.La).Name("la");
        Map(r => r.England).Name("england");
        Map(r => r.NeighboursMedian).Name("neighbours_median");
    }
}

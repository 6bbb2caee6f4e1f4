using System.Globalization;
using System.Text.Json;
using static WorkforceInsights.Cli.Commands.JsonNumbers;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The `wi benchmarks show --format json` object of benchmarks.md: unrounded, null where there is no value.</summary>
public static class BenchmarksJson
{
    public static string Write(BenchmarkReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("la", report.La);
            json.WriteString("laName", report.LaName);
            json.WriteString("regionCode", report.RegionCode);
            json.WriteString("regionName", report.RegionName);
            json.WriteStartArray("neighbours");
            foreach (var neighbour in report.Neighbours)
            {
                json.WriteStringValue(neighbour);
            }

            json.WriteEndArray();
            json.WriteStartObject("measures");
            foreach (var m in report.Measures)
            {
                json.WriteStartObject(m.Measure.Key);
                Number(json, "year", m.Year);
                json.WriteString("periodEnd", IsoDate.Of(m.PeriodEnd));
                Number(json, "la", m.La);
                Number(json, "england", m.England);
                Number(json, "region", m.Region);
                Number(json, "neighboursMedian", m.NeighboursMedian);
                Number(json, "neighboursMean", m.NeighboursMean);
                json.WriteNumber("neighboursCount", m.NeighboursCount);
                Number(json, "rank", m.Rank);
                Number(json, "of", m.Of);
                json.WriteString("quartile", m.Quartile);
                Number(json, "council", m.Council);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

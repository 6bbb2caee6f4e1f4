using System.Text.Json;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Periods;
using static WorkforceInsights.Cli.Commands.JsonNumbers;

namespace WorkforceInsights.Cli.Commands;

/// <summary>
/// The `wi metrics --format json` shape of cli.md: numbers unrounded, null where a denominator is zero. Each metric is
/// written where its definition's <see cref="MetricInfo.Json"/> path says, in catalogue order, so a new metric appears
/// here without a change to this file.
/// </summary>
public static class MetricsJson
{
    /// <summary>The average caseload of each experience band: a breakdown, not a metric of its own.</summary>
    public const string ByExperienceBandPath = "caseload.byExperienceBand";

    public static string Write(CouncilMetrics metrics)
    {
        var root = new JsonNode();
        foreach (var metric in MetricCatalog.All)
        {
            root.Add(metric.Info.Json, metrics[metric.Info.Id].Value);
            if (metric.Info.Id == MetricIds.AverageCaseload)
            {
                foreach (var (band, result) in metrics.AverageCaseloadByBand)
                {
                    root.Add($"{ByExperienceBandPath}.{band}", result.Value);
                }
            }
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", IsoDate.Of(metrics.AsOf));
            root.WriteMembers(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>An object of the JSON: its members in the order they were first added, each a number or an object.</summary>
    private sealed class JsonNode
    {
        private readonly List<(string Name, JsonNode? Child, decimal? Value)> _members = [];

        /// <param name="path">Dotted: "children.workersPerChild.3+" is member "3+" of object "workersPerChild" of "children".</param>
        /// <param name="value">The figure, or null where it has none.</param>
        public void Add(string path, decimal? value)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                _members.Add((path, null, value));
                return;
            }

            var name = path[..dot];
            var child = _members.FirstOrDefault(m => m.Name == name).Child;
            if (child is null)
            {
                child = new JsonNode();
                _members.Add((name, child, null));
            }

            child.Add(path[(dot + 1)..], value);
        }

        public void WriteMembers(Utf8JsonWriter json)
        {
            foreach (var (name, child, value) in _members)
            {
                if (child is null)
                {
                    Number(json, name, value);
                    continue;
                }

                json.WriteStartObject(name);
                child.WriteMembers(json);
                json.WriteEndObject();
            }
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using WorkforceInsights.Core.Balancing;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The JSON conventions of cli.md for the balancing verbs: one indented object, numbers unrounded, ids as in the extracts.</summary>
public static class BalancingJsonWriter
{
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A decimal without trailing zeros (14 × 0.80 FTE is written 11.2, not 11.200): the same value, unrounded.</summary>
    public static void Number(Utf8JsonWriter json, string name, decimal value) => json.WriteNumber(name, value / 1.000000000000000000000000000000000m);

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static string Word(ProtectionReason reason) => reason switch
    {
        ProtectionReason.Settling => "settling",
        ProtectionReason.ThirdWorker => "third-worker",
        _ => "shared",
    };
}

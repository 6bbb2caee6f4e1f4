using System.Text.Json;

namespace WorkforceInsights.Cli.Commands;

/// <summary>The JSON of cli.md and benchmarks.md: numbers unrounded, null where there is no value (never 0).</summary>
public static class JsonNumbers
{
    public static void Number(Utf8JsonWriter json, string name, decimal? value) => Write(json, name, value, (j, n, v) => j.WriteNumber(n, v));

    public static void Number(Utf8JsonWriter json, string name, double? value) => Write(json, name, value, (j, n, v) => j.WriteNumber(n, v));

    public static void Number(Utf8JsonWriter json, string name, int? value) => Write(json, name, value, (j, n, v) => j.WriteNumber(n, v));

    private static void Write<T>(Utf8JsonWriter json, string name, T? value, Action<Utf8JsonWriter, string, T> write) where T : struct
    {
        if (value is { } v)
        {
            write(json, name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

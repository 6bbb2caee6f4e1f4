using System.Text.Json;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// manifest.json, the optional ready marker an extract job writes after the CSV files (extracts.md): the extract
/// date and, per file, its data rows, SHA-256 and optional history start. A file that differs from its entry is an
/// incomplete transfer.
/// </summary>
public sealed record ExtractManifest(DateOnly? ExtractDate, IReadOnlyDictionary<string, ExtractManifest.Entry> Files)
{
    public const string FileName = "manifest.json";

    /// <param name="HistoryStart">The first day the file's history is complete from (metrics.md, "Complete years only"); null: inferred from its rows.</param>
    public sealed record Entry(long Rows, string Sha256, DateOnly? HistoryStart = null);

    /// <summary>Writes manifest.json for files already in the folder (the sample council, and tests, as an extract job would).</summary>
    /// <param name="historyStarts">File name → its historyStart, for the files that give one.</param>
    public static void Write(string folder, DateOnly extractDate, IReadOnlyDictionary<string, long> dataRows, IReadOnlyDictionary<string, DateOnly>? historyStarts = null)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("extractDate", IsoDate.Of(extractDate));
        json.WriteStartObject("files");
        foreach (var (file, rows) in dataRows.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(file);
            json.WriteNumber("rows", rows);
            json.WriteString("sha256", FileFingerprint.Of(Path.Combine(folder, file)).Sha256);
            if (historyStarts?.GetValueOrDefault(file) is { } start && start != default)
            {
                json.WriteString("historyStart", IsoDate.Of(start));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The folder's manifest, or null when it has none. A manifest that cannot be read is an error naming what is wrong.</summary>
    public static ExtractManifest? ReadFrom(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            DateOnly? extractDate = null;
            if (root.TryGetProperty("extractDate", out var date) && date.ValueKind != JsonValueKind.Null)
            {
                extractDate = IsoDate.TryParse(date.GetString(), out var parsed) ? parsed
                    : throw new InvalidDataException($"{FileName}: extractDate '{date}' is not a date as yyyy-MM-dd.");
            }

            var files = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("files", out var list))
            {
                foreach (var file in list.EnumerateObject())
                {
                    var rows = file.Value.TryGetProperty("rows", out var r) && r.TryGetInt64(out var n) && n >= 0 ? n
                        : throw new InvalidDataException($"{FileName}: files.{file.Name}.rows must be a whole number of data rows.");
                    var sha = file.Value.TryGetProperty("sha256", out var s) && s.GetString() is { Length: 64 } hex ? hex.ToLowerInvariant()
                        : throw new InvalidDataException($"{FileName}: files.{file.Name}.sha256 must be 64 hexadecimal characters.");
                    files[file.Name] = new Entry(rows, sha, HistoryStartOf(file, extractDate));
                }
            }

            return new ExtractManifest(extractDate, files);
        }
        catch (JsonException ex)
        {
            // The parser's message may quote the file's text: the position only.
            throw new InvalidDataException($"{FileName} is not valid JSON (line {ex.LineNumber + 1}).");
        }
        catch (InvalidOperationException)
        {
            throw new InvalidDataException($"{FileName} does not have the shape of extracts.md (extractDate, files with rows and sha256): a value has the wrong JSON type.");
        }
    }

    /// <summary>A file's optional historyStart: a date as yyyy-MM-dd, not after the extract date (history cannot start in the future).</summary>
    private static DateOnly? HistoryStartOf(JsonProperty file, DateOnly? extractDate)
    {
        if (!file.Value.TryGetProperty("historyStart", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var start = value.ValueKind == JsonValueKind.String && IsoDate.TryParse(value.GetString(), out var parsed) ? parsed
            : throw new InvalidDataException($"{FileName}: files.{file.Name}.historyStart '{value}' is not a date as yyyy-MM-dd.");
        return start > extractDate
            ? throw new InvalidDataException($"{FileName}: files.{file.Name}.historyStart {IsoDate.Of(start)} is after the extract date {IsoDate.Of(extractDate.Value)}: a history cannot start after the day it describes.")
            : start;
    }
}

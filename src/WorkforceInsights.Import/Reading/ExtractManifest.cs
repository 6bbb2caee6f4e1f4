using System.Text.Json;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// manifest.json, the optional ready marker an extract job writes after the CSV files (extracts.md): the extract
/// date and, per file, its data rows and SHA-256. A file that differs from its entry is an incomplete transfer.
/// </summary>
public sealed record ExtractManifest(DateOnly? ExtractDate, IReadOnlyDictionary<string, ExtractManifest.Entry> Files)
{
    public const string FileName = "manifest.json";

    public sealed record Entry(long Rows, string Sha256);

    /// <summary>Writes manifest.json for files already in the folder (the sample council, and tests, as an extract job would).</summary>
    public static void Write(string folder, DateOnly extractDate, IReadOnlyDictionary<string, long> dataRows)
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
                    files[file.Name] = new Entry(rows, sha);
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
}

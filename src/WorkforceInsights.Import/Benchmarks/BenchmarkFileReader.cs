using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WorkforceInsights.Core.Benchmarks;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Benchmarks;

/// <summary>
/// Reads one published file into figures (or neighbours), checking every row: a bad year, level, LA code or value
/// is a row error with its line, column and value, and any row error rejects the whole file (benchmarks.md).
/// A value that is not a number must be one of the release's codes, kept as "not published".
/// </summary>
public static class BenchmarkFileReader
{
    /// <summary>The releases' suppression and availability codes (data README): no figure, never zero.</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(["c", "low", "k", "u", "x", "z"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_levels = [Levels.National, Levels.Regional, Levels.LocalAuthority];

    public static BenchmarkFile Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, Reading.CsvFormat.Configuration() with
        {
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(), // header names match whatever their case
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return BenchmarkFile.Rejected(null, [ImportIssue.FileError("The file is empty: no header row.")]);
        }

        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToList();
        var layout = BenchmarkLayout.Recognise(header);
        if (layout is null)
        {
            return BenchmarkFile.Rejected(null, [ImportIssue.FileError("Not a benchmark file this product knows: its header has none of " + string.Join(", ", BenchmarkLayout.All.Select(l => l.RecognisedBy)) + ".")]);
        }

        var missing = Required(layout).Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return BenchmarkFile.Rejected(layout, [.. missing.Select(c => ImportIssue.FileError($"The required column '{c}' is missing.", c))]);
        }

        return layout == BenchmarkLayout.Neighbours ? ReadNeighbours(csv, layout) : ReadValues(csv, layout);
    }

    private static IEnumerable<string> Required(BenchmarkLayout layout) => layout == BenchmarkLayout.Neighbours
        ? ["old_la_code", "la_name", .. Enumerable.Range(1, 10).Select(i => $"SN_{i}")]
        : ["time_period", "geographic_level", "region_code", "region_name", "old_la_code", "la_name", .. layout.Measures.Select(m => m.Column),
           .. layout == BenchmarkLayout.LookedAfter ? new[] { "cla_group", "sw_stability" } : []];

    private static BenchmarkFile ReadValues(CsvReader csv, BenchmarkLayout layout)
    {
        var values = new List<PublishedValue>();
        var issues = new List<ImportIssue>();
        var keys = new Dictionary<(string, int, string, string), long>();
        long rows = 0;
        while (csv.Read())
        {
            rows++;
            var line = csv.Parser.RawRow;
            if (layout == BenchmarkLayout.LookedAfter
                && (Field(csv, "cla_group") != BenchmarkLayout.LookedAfterGroup || Field(csv, "sw_stability") != BenchmarkLayout.ThreeOrMore))
            {
                continue; // the other groups and bands are not a measure here
            }

            var rowIssues = new List<ImportIssue>();
            var year = Year(csv, line, rowIssues);
            var level = Field(csv, "geographic_level");
            if (!s_levels.Contains(level, StringComparer.Ordinal))
            {
                rowIssues.Add(ImportIssue.RowError(line, "geographic_level", level, $"geographic_level is one of {string.Join(", ", s_levels)}."));
            }

            var laCode = Blank(Field(csv, "old_la_code"));
            if (level == Levels.LocalAuthority && !IsLaCode(laCode, combined: true))
            {
                rowIssues.Add(ImportIssue.RowError(line, "old_la_code", laCode, "A local authority row needs its 3-digit old_la_code (or two joined by ' / ' where LAs report together)."));
            }

            foreach (var (measure, column) in layout.Measures)
            {
                var text = Field(csv, column);
                var (value, code) = ParseValue(text);
                if (value is null && code is null)
                {
                    rowIssues.Add(ImportIssue.RowError(line, column, text, $"{column} is a number or one of the release's codes ({string.Join(", ", Codes)})."));
                    continue;
                }

                var regionCode = Blank(Field(csv, "region_code"));
                var key = (measure.Key, year ?? 0, level, level == Levels.LocalAuthority ? laCode ?? string.Empty : regionCode ?? "England");
                if (rowIssues.Count == 0 && !keys.TryAdd(key, line))
                {
                    rowIssues.Add(ImportIssue.RowError(line, column, text, $"A second {measure.Key} figure for the same year and area (first on line {keys[key]})."));
                }

                values.Add(new PublishedValue(measure.Key, year ?? 0, level, regionCode, Blank(Field(csv, "region_name")),
                    level == Levels.LocalAuthority ? laCode : null, level == Levels.LocalAuthority ? Blank(Field(csv, "la_name")) : null, value, code));
            }

            issues.AddRange(rowIssues);
        }

        return issues.Count > 0 ? BenchmarkFile.Rejected(layout, issues, rows) : new BenchmarkFile(layout, rows, values, [], []);
    }

    private static BenchmarkFile ReadNeighbours(CsvReader csv, BenchmarkLayout layout)
    {
        var neighbours = new List<StatisticalNeighbours>();
        var issues = new List<ImportIssue>();
        long rows = 0;
        while (csv.Read())
        {
            rows++;
            var line = csv.Parser.RawRow;
            var code = Field(csv, "old_la_code");
            var found = Enumerable.Range(1, 10).Select(i => (Column: $"SN_{i}", Code: Field(csv, $"SN_{i}"))).ToList();
            foreach (var (column, value) in found.Prepend(("old_la_code", code)).Where(f => !IsLaCode(f.Item2, combined: false)))
            {
                issues.Add(ImportIssue.RowError(line, column, value, "An LA is named by its 3-digit old_la_code."));
            }

            neighbours.Add(new StatisticalNeighbours(code, Field(csv, "la_name"), [.. found.Select(f => f.Code)]));
        }

        return issues.Count > 0 ? BenchmarkFile.Rejected(layout, issues, rows) : new BenchmarkFile(layout, rows, [], neighbours, []);
    }

    /// <summary>A 3-digit LA number; where LAs report together the release writes e.g. "940 / 941", one row that ranks as one LA.</summary>
    private static bool IsLaCode(string? code, bool combined) =>
        code is not null && (combined ? code.Split(" / ") : [code]).All(part => part.Length == 3 && part.All(char.IsAsciiDigit));

    private static int? Year(CsvReader csv, long line, List<ImportIssue> issues)
    {
        var text = Field(csv, "time_period");
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return year;
        }

        issues.Add(ImportIssue.RowError(line, "time_period", text, "time_period is a year, e.g. 2025."));
        return null;
    }

    private static (double? Value, string? Code) ParseValue(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (value, null)
        : Codes.Contains(text) ? (null, text.ToLowerInvariant())
        : (null, null);

    /// <summary>A field by its column name (every name read is a required column, checked against the header first).</summary>
    private static string Field(CsvReader csv, string name) => csv.GetField(name.ToLowerInvariant()) ?? string.Empty;

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What one file held: figures or neighbours when it was sound, else the errors that reject it.</summary>
public sealed record BenchmarkFile(BenchmarkLayout? Layout, long Rows, IReadOnlyList<PublishedValue> Values, IReadOnlyList<StatisticalNeighbours> Neighbours, IReadOnlyList<ImportIssue> Issues)
{
    public bool IsRejected => Issues.Count > 0;

    public static BenchmarkFile Rejected(BenchmarkLayout? layout, IReadOnlyList<ImportIssue> issues, long rows = 0) => new(layout, rows, [], [], issues);
}

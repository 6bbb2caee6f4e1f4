using System.Text.RegularExpressions;
using WorkforceInsights.Import.Reading;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Import.Tests.Reading;

/// <summary>
/// No CSV row reaches a log through CsvHelper's exception messages: every CsvHelper configuration in src/ sets
/// ExceptionMessagesContainRawData = false (CsvFormat is the one that does), and no reader, parser or writer is made
/// with CsvHelper's default configuration (the constructors that take a culture).
/// </summary>
public partial class CsvFormatTests
{
    [Test]
    public void ShouldKeepTheFilesDataOutOfCsvHelpersExceptionMessages() =>
        Assert.That(CsvFormat.Configuration().ExceptionMessagesContainRawData, Is.False);

    [Test]
    public void ShouldSetExceptionMessagesContainRawDataToFalse_InEveryCsvConfigurationOfTheSource()
    {
        var made = 0;
        var unsafeOnes = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var where = Path.GetRelativePath(RepositoryPaths.Root, file);
            foreach (Match match in NewConfiguration().Matches(text))
            {
                made++;
                if (!Initializer(text, match.Index + match.Length).Contains("ExceptionMessagesContainRawData = false", StringComparison.Ordinal))
                {
                    unsafeOnes.Add($"{where}: {match.Value.Trim()}… does not set ExceptionMessagesContainRawData = false (start from CsvFormat.Configuration())");
                }
            }

            unsafeOnes.AddRange(DefaultConfiguration().Matches(text).Select(m => $"{where}: {m.Value}… uses CsvHelper's default configuration (pass CsvFormat.Configuration())"));
        }

        Assert.That(made, Is.GreaterThan(0), "CsvFormat.Configuration() makes one");
        Assert.That(unsafeOnes, Is.Empty);
    }

    /// <summary>The object initializer after a constructor call, or nothing when the statement ends first.</summary>
    private static string Initializer(string text, int from)
    {
        var open = text.IndexOfAny(['{', ';'], from);
        if (open < 0 || text[open] == ';')
        {
            return string.Empty;
        }

        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[open..i];
            }
        }

        return text[open..];
    }

    /// <summary>`new CsvConfiguration(`, or a target-typed `new(` whose type is CsvConfiguration (a field, variable or method).</summary>
    [GeneratedRegex(@"new\s+(CsvHelper\.Configuration\.)?CsvConfiguration\s*\(|\bCsvConfiguration\s+\w+(\s*\([^)]*\))?\s*(=>|=)\s*new\s*\(")]
    private static partial Regex NewConfiguration();

    [GeneratedRegex(@"new\s+(CsvHelper\.)?Csv(Reader|Writer|Parser)\s*\([^;]*?CultureInfo")]
    private static partial Regex DefaultConfiguration();
}

namespace WorkforceInsights.Web.Services;

/// <summary>CSV fields for the downloads: quoted when they hold a comma, quote or line break (RFC 4180).</summary>
public static class CsvText
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

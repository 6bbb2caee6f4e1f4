namespace WorkforceInsights.Data.Audit;

/// <summary>One error or warning about an extract file, located as precisely as the problem allows.</summary>
public sealed record ImportIssue(string Severity, long? LineNumber, string? ColumnName, string? Value, string Message)
{
    public const string Error = "error";
    public const string Warning = "warning";

    /// <summary>The longest value an issue keeps: an identifier is at most 64 characters (extracts.md), and a longer value is shown cut.</summary>
    public const int MaxValueLength = 100;

    /// <summary>
    /// A row error keeps the one offending value (extracts.md), as <see cref="ReportedValue"/> gives it: never the
    /// lines that follow a line break in it, which would be other rows of the file swallowed by an unclosed quote.
    /// </summary>
    public static ImportIssue RowError(long line, string column, string? value, string message) =>
        new(Error, line, column, ReportedValue(value), message);

    public static ImportIssue FileError(string message, string? column = null) => new(Error, null, column, null, message);

    public static ImportIssue FileWarning(string message, string? column = null) => new(Warning, null, column, null, message);

    /// <summary>A value as the audit, the console and the Data page show it: cut at its first line break and at <see cref="MaxValueLength"/> characters, with "…" where cut.</summary>
    public static string? ReportedValue(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var end = value.AsSpan().IndexOfAny('\r', '\n');
        var cut = end >= 0 ? value[..end] : value;
        if (cut.Length > MaxValueLength)
        {
            cut = cut[..MaxValueLength];
        }

        return cut.Length == value.Length ? value : cut + "…";
    }
}

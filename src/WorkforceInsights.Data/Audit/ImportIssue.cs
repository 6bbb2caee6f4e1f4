namespace WorkforceInsights.Data.Audit;

/// <summary>One error or warning about an extract file, located as precisely as the problem allows.</summary>
public sealed record ImportIssue(string Severity, long? LineNumber, string? ColumnName, string? Value, string Message)
{
    public const string Error = "error";
    public const string Warning = "warning";

    public static ImportIssue RowError(long line, string column, string? value, string message) =>
        new(Error, line, column, value, message);

    public static ImportIssue FileError(string message, string? column = null) => new(Error, null, column, null, message);

    public static ImportIssue FileWarning(string message, string? column = null) => new(Warning, null, column, null, message);
}

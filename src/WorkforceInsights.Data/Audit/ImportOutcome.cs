namespace WorkforceInsights.Data.Audit;

/// <summary>Outcome words stored in import_runs.outcome and import_files.outcome.</summary>
public static class ImportOutcome
{
    public const string Running = "running";
    public const string Loaded = "loaded";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
}

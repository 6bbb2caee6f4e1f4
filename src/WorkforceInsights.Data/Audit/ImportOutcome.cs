namespace WorkforceInsights.Data.Audit;

/// <summary>Outcome words stored in import_runs.outcome and import_files.outcome.</summary>
public static class ImportOutcome
{
    public const string Running = "running";
    public const string Loaded = "loaded";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    /// <summary>A run (or file) whose process died before it finished; marked so by the next import.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>Another import held the database: this one changed nothing (exit code 3).</summary>
    public const string Busy = "busy";
}

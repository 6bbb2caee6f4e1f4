namespace WorkforceInsights.Data.Audit;

/// <summary>Outcome words stored in import_runs.outcome and import_files.outcome.</summary>
public static class ImportOutcome
{
    /// <summary>A run under way, or the file it is reading.</summary>
    public const string Running = "running";

    /// <summary>
    /// A file accepted and staged, waiting for the run's swap, whose transaction marks it loaded; a run killed first
    /// leaves it staged until the next import marks it abandoned. Its data never reached the tables.
    /// </summary>
    public const string Staged = "staged";

    /// <summary>A file whose rows replaced its kind's (set by the run's swap); a run with such a file and no failure or rejection.</summary>
    public const string Loaded = "loaded";
    public const string Unchanged = "unchanged";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    /// <summary>A run (or a file running or staged in it) whose process died before it finished; marked so by the next import or start.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>Another import held the database: this one changed nothing (exit code 3).</summary>
    public const string Busy = "busy";
}

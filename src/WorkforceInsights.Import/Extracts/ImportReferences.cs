namespace WorkforceInsights.Import.Extracts;

/// <summary>
/// Keys that rows may refer to during one import run: the keys of a file loaded earlier in the
/// run, otherwise those already in the database (loaded lazily, once).
/// </summary>
public sealed class ImportReferences(Func<Task<HashSet<string>>> loadTeamCodes, Func<Task<HashSet<string>>> loadWorkerIds)
{
    /// <summary>The run's extract date E: a referral dated after it is a row error (extracts.md).</summary>
    public DateOnly? ExtractDate { get; init; }

    public HashSet<string>? TeamCodes { get; set; }

    public HashSet<string>? WorkerIds { get; set; }

    public async Task EnsureLoadedAsync()
    {
        TeamCodes ??= await loadTeamCodes();
        WorkerIds ??= await loadWorkerIds();
    }
}

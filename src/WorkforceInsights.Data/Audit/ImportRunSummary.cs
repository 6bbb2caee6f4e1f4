namespace WorkforceInsights.Data.Audit;

/// <summary>One row of import_runs, for the import history.</summary>
public sealed record ImportRunSummary(long RunId, string SourceFolder, string TriggeredBy, string StartedAt, string? FinishedAt, string Outcome);

using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Status;

namespace WorkforceInsights.Web.Services;

/// <summary>What the home page shows: where the data lives, the data's date, rows held per extract, recent import runs.</summary>
public sealed record HomeViewModel(string Database, IReadOnlyList<TableRowCount> RowCounts, IReadOnlyList<HomeViewModel.ImportRun> Runs, DateOnly? AsOf)
{
    public string? LastImport => Runs.Count > 0 ? Runs[0].Run.FinishedAt : null;

    public sealed record ImportRun(ImportRunSummary Run, IReadOnlyList<ImportFileSummary> Files);
}

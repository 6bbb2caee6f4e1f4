using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Status;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// What the home page shows: the data's date and the last import (everyone), rows held per extract (everyone), and,
/// for data officers only, where the data lives and the recent import runs with their files' messages (null for
/// everyone else: never read, so never sent).
/// </summary>
public sealed record HomeViewModel(string? Database, IReadOnlyList<TableRowCount> RowCounts, IReadOnlyList<HomeViewModel.ImportRun>? Runs, DateOnly? AsOf, string? LastImport)
{
    public sealed record ImportRun(ImportRunSummary Run, IReadOnlyList<ImportFileSummary> Files);
}

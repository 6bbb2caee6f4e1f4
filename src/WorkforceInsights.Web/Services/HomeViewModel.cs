using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Status;

namespace WorkforceInsights.Web.Services;

/// <summary>What the home page shows: where the data lives, rows held per extract, recent import runs.</summary>
public sealed record HomeViewModel(string Database, IReadOnlyList<TableRowCount> RowCounts, IReadOnlyList<HomeViewModel.ImportRun> Runs)
{
    public sealed record ImportRun(ImportRunSummary Run, IReadOnlyList<ImportFileSummary> Files);
}

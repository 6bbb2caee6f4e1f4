using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Data page: recent import runs with each file's errors, and the data-quality counts at the latest date.</summary>
public sealed record DataPageViewModel(IReadOnlyList<DataPageViewModel.Run> Runs, DateOnly? AsOf, IReadOnlyList<MetricSeriesPoint> Quality)
{
    public sealed record Run(ImportRunSummary Summary, IReadOnlyList<File> Files);

    public sealed record File(ImportFileSummary Summary, IReadOnlyList<ImportIssue> Issues);
}

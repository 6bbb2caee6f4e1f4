using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Data page: recent import runs with each file's errors, and the data-quality counts on the reporting date.</summary>
/// <param name="Dates">Every stored month end (the reporting dates on offer).</param>
/// <param name="Requested">The reporting date the URL names, resolved to a stored date; null for the latest.</param>
public sealed record DataPageViewModel(IReadOnlyList<DataPageViewModel.Run> Runs, DateOnly? AsOf, DateOnly? Requested, IReadOnlyList<DateOnly> Dates, IReadOnlyList<MetricSeriesPoint> Quality)
{
    public string? LastImport => Runs.Count > 0 ? Runs[0].Summary.FinishedAt : null;

    public sealed record Run(ImportRunSummary Summary, IReadOnlyList<File> Files);

    public sealed record File(ImportFileSummary Summary, IReadOnlyList<ImportIssue> Issues);
}

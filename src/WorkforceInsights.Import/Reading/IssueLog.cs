using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Reading;

/// <summary>
/// Collects the errors and warnings of one file: every error is counted, the first 1,000 are kept
/// with their location (extracts.md), so a file of a million bad rows cannot exhaust memory.
/// </summary>
public sealed class IssueLog
{
    private readonly List<ImportIssue> _kept = [];

    public long ErrorCount { get; private set; }

    public IReadOnlyList<ImportIssue> Kept => _kept;

    public void Add(ImportIssue issue)
    {
        if (issue.Severity == ImportIssue.Error)
        {
            ErrorCount++;
        }

        if (_kept.Count < ImportFileResult.MaxIssuesKept)
        {
            _kept.Add(issue);
        }
    }

    /// <summary>Adds another log's issues after this one's: its count in full, its kept issues while there is room.</summary>
    public void Append(IssueLog other)
    {
        ErrorCount += other.ErrorCount;
        _kept.AddRange(other._kept.Take(ImportFileResult.MaxIssuesKept - _kept.Count));
    }
}

namespace WorkforceInsights.Reporting;

/// <summary>Which council this is (section "Council"; benchmarks.md, "Configuration").</summary>
public sealed class CouncilOptions
{
    public const string SectionName = "Council";

    /// <summary>The council's 3-digit DfE LA number (old_la_code), e.g. 933 Somerset.</summary>
    public string LaCode { get; set; } = "933";

    public string Name { get; set; } = "Westmoor (sample council)";

    /// <summary>
    /// The sample council is fictional and borrows a real council's benchmarks: every page and the pack then say
    /// "Benchmarks of &lt;LA&gt;, for illustration". A council sets this to false with its own LaCode.
    /// </summary>
    public bool BenchmarksForIllustration { get; set; } = true;

    public string? BenchmarkNote(string laName) => BenchmarksForIllustration ? $"Benchmarks of {laName}, for illustration" : null;
}

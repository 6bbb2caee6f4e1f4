namespace WorkforceInsights.Web.Configuration;

/// <summary>The published benchmark files the web app loads into an empty benchmark store at start (section "Benchmarks").</summary>
public sealed class BenchmarksOptions
{
    public const string SectionName = "Benchmarks";

    public bool LoadOnFirstStart { get; set; } = true;

    /// <summary>The shipped DfE files; relative paths are resolved against the app's content root.</summary>
    public string Folder { get; set; } = "../../reference-data/dfe";
}

namespace WorkforceInsights.Web.Configuration;

/// <summary>Loading the synthetic sample council into an empty database on first start (off in production).</summary>
public sealed class SampleDataOptions
{
    public const string SectionName = "SampleData";

    public bool LoadOnFirstStart { get; set; }

    /// <summary>Relative paths are resolved against the app's content root.</summary>
    public string Folder { get; set; } = "../../sample-data";
}

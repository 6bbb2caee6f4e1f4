namespace WorkforceInsights.TestSupport;

/// <summary>Finds the repository's own folders (sample-data) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "sample-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkforceInsights.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WorkforceInsights.sln not found above " + AppContext.BaseDirectory);
    }
}

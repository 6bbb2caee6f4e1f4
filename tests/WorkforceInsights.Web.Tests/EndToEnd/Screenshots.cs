namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>Where the browser tests save each page's screenshot (artifacts/screenshots; the README shows the committed copies in docs/screenshots).</summary>
public static class Screenshots
{
    public static string PathOf(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(WorkforceInsights.TestSupport.RepositoryPaths.Root, "artifacts", "screenshots")).FullName;
        return Path.Combine(folder, name);
    }
}

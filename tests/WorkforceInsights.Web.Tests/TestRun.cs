using WorkforceInsights.Web.Tests.EndToEnd;

namespace WorkforceInsights.Web.Tests;

/// <summary>What the whole run shares (the imported sample council, the browser) is cleared away once, at its end.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public async Task ClearSharedFixturesAsync()
    {
        await SharedBrowser.DisposeAsync();
        SampleDatabaseTemplate.Delete();
    }
}

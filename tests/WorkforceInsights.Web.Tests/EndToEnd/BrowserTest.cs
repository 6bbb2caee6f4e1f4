namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>One app and browser for all the tests of a page (starting them takes seconds).</summary>
[NonParallelizable]
public abstract class BrowserTest
{
    private BrowserSession? _session;

    protected BrowserSession Session => _session ?? throw new InvalidOperationException("OneTimeSetUp has not run.");

    [OneTimeSetUp]
    public async Task StartAsync() => _session = await BrowserSession.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}

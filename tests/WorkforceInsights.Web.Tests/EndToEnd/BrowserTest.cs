namespace WorkforceInsights.Web.Tests.EndToEnd;

/// <summary>One app and browser for all the tests of a page (starting them takes seconds).</summary>
[NonParallelizable]
[Category("Browser")]
public abstract class BrowserTest
{
    private BrowserSession? _session;

    protected BrowserSession Session => _session ?? throw new InvalidOperationException("OneTimeSetUp has not run.");

    /// <summary>App settings over the sample council's for this fixture's app (none: the sample's own).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    [OneTimeSetUp]
    public async Task StartAsync() => _session = await BrowserSession.StartAsync(Settings);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }
}

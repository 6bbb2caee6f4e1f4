using WorkforceInsights.Data.Connections;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests;

/// <summary>One app on the sample council (no browser) for all the tests of a fixture, on each database engine.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public abstract class SampleAppTest(DatabaseProvider provider)
{
    private SampleCouncilApp? _app;

    protected HttpClient Client { get; private set; } = null!;

    protected SampleCouncilApp App => _app ?? throw new InvalidOperationException("OneTimeSetUp has not run.");

    [OneTimeSetUp]
    public async Task StartApp()
    {
        // The SQL Server run is ignored, with the reason, unless WORKFORCE_TEST_SQLSERVER is set.
        _app = new SampleCouncilApp(provider == DatabaseProvider.SqlServer ? await SqlServerTestDatabase.CreateAsync() : null);
        // Signed in as a Leader, who may see every figure and every team's workers; the access tests try the other roles.
        Client = await _app.SignedInClientAsync("Leader");
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        Client?.Dispose();
        _app?.Dispose();
    }
}

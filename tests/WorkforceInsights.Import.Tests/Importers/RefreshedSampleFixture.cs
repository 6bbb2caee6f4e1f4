using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// A small sample council imported and refreshed once for the fixture, with the engine's own facts for one series date:
/// the stored-results tests read back what the refresh stored and compare it with these. A test that changes the data
/// must leave what the other tests read (the stored results of some refresh, <see cref="Inputs"/>) usable.
/// </summary>
public abstract class RefreshedSampleFixture(DatabaseProvider provider)
{
    protected static readonly DateOnly AsOf = new(2024, 3, 31);

    private ImportHarness? _db;

    protected ImportHarness Db => _db ?? throw new InvalidOperationException("OneTimeSetUp has not run.");

    protected MetricInputs Inputs { get; private set; } = null!;

    /// <summary>The engine's facts for <see cref="AsOf"/>.</summary>
    protected MetricDay Day { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task ImportAndRefreshASmallSampleCouncil()
    {
        _db = await ImportHarness.CreateAsync(provider);
        // Four years of history (the date the tests read is in it): the refresh computes half the sample's dates.
        SampleCouncilGenerator.WriteTo(Db.Folder, new SampleCouncilOptions(Scale: 0.05) { HistoryStart = new DateOnly(2022, 10, 1) });
        await Db.ImportAsync();
        var inputsQuery = new MetricInputsQuery(Db.Connections);
        await new MetricSeriesRefresher(Db.Connections, inputsQuery, TimeProvider.System).RefreshAsync();
        Inputs = await inputsQuery.RunAsync();
        Day = MetricDayBuilder.Build(Inputs, AsOf);
    }

    [OneTimeTearDown]
    public void DropDatabase() => _db?.Dispose(); // null when the SQL Server run was ignored
}

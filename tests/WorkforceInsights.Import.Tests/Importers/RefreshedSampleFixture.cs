using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// A small sample council imported and refreshed, with the engine's own facts for one series date: the stored-results
/// tests read back what the refresh stored and compare it with these.
/// </summary>
public abstract class RefreshedSampleFixture(DatabaseProvider provider) : ImportFixture(provider)
{
    protected static readonly DateOnly AsOf = new(2024, 3, 31);

    protected MetricInputs Inputs { get; private set; } = null!;

    /// <summary>The engine's facts for <see cref="AsOf"/>.</summary>
    protected MetricDay Day { get; private set; } = null!;

    [SetUp]
    public async Task ImportAndRefreshASmallSampleCouncil()
    {
        SampleCouncilGenerator.WriteTo(Db.Folder, new SampleCouncilOptions(Scale: 0.05));
        await Db.ImportAsync();
        var inputsQuery = new MetricInputsQuery(Db.Connections);
        await new MetricSeriesRefresher(Db.Connections, inputsQuery, TimeProvider.System).RefreshAsync();
        Inputs = await inputsQuery.RunAsync();
        Day = MetricDayBuilder.Build(Inputs, AsOf);
    }
}

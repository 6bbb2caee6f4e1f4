using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Series;

/// <summary>
/// Which dates a refresh recomputes after an import (docs/metrics.md, "Series dates"): none when nothing changed, from
/// the month an edit can first change a figure, everything when an input every date uses changed. The stored results
/// it keeps are compared with a full recompute in WorkforceInsights.Import.Tests (PartialRefreshTests).
/// </summary>
public class SeriesBasisTests
{
    private const string Teams = "team_code,team_name,service_area\nT1,One,Assessment\nT2,Two,Assessment";
    private const string WorkersHeader = "worker_id,display_name,team_code,role,employment_type,fte,start_date,end_date,leaving_reason,qualified_date,line_manager_id";
    private const string Worker = "W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,,,2015-07-01,M1";
    private const string Allocation = "C1,W1,2020-01-05,,CIN";
    private const string Establishment = "team_code,role,establishment_fte\nT1,case_holder,3";

    private static readonly DateOnly s_extractDate = new(2026, 10, 31);

    /// <summary>The basis of a small council; its history is declared complete from 2000 unless <paramref name="historyStarts"/> says otherwise, so an edit moves no history start.</summary>
    private static SeriesBasis Basis(string worker = Worker, string allocation = Allocation, string establishment = Establishment, HistoryStarts? historyStarts = null) =>
        SeriesBasis.Of(FixtureCsv.Inputs(Teams, $"{WorkersHeader}\n{worker}\nM1,,T1,first_line_manager,permanent,1,2018-01-01,,,2010-01-01,",
            $"child_id,worker_id,start_date,end_date,case_type\n{allocation}", "referral_id,child_id,referral_date\nR1,C1,2020-01-02", establishment, s_extractDate,
            historyStarts ?? FixtureCsv.LongHistory), "engine 1");

    [Test]
    public void ShouldRecomputeFromTheEarlierStartsMonth_WhenAManifestMovesAHistoryStart()
    {
        // The workers' history declared from 2019-05-15 instead of 2000: the year-based figures are null until
        // 2020-05-15, so every date from the earlier start's month (2000-01) may differ.
        var moved = FixtureCsv.LongHistory with { Workers = new DateOnly(2019, 5, 15) };
        Assert.That(Basis(historyStarts: moved).RecomputeFrom(Basis()), Is.EqualTo(new DateOnly(2000, 1, 1)));
        Assert.That(Basis(historyStarts: moved).RecomputeFrom(Basis(historyStarts: moved with { Workers = new DateOnly(2019, 8, 1) })), Is.EqualTo(new DateOnly(2019, 5, 1)));
    }

    [Test]
    public void ShouldRecomputeFromTheFirstEndsMonth_WhenTheFirstLeavingMovesTheInferredStart()
    {
        // No history declared: with no spell ended, the workers' history starts at the earliest start (M1, 2018-01-01);
        // W1 ending on 2024-09-30 makes that its start, which changes figures from 2018-01 on.
        var none = HistoryStarts.None;
        Assert.That(Basis(worker: "W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,2024-09-30,resignation,2015-07-01,M1", historyStarts: none).RecomputeFrom(Basis(historyStarts: none)),
            Is.EqualTo(new DateOnly(2018, 1, 1)));
    }

    [Test]
    public void ShouldRecomputeNothing_WhenNothingChanged() =>
        Assert.That(Basis().RecomputeFrom(Basis()), Is.Null);

    [Test]
    public void ShouldRecomputeEverything_TheFirstTime_OrWhenTheEngineChanges()
    {
        Assert.That(Basis().RecomputeFrom(null), Is.EqualTo(DateOnly.MinValue));
        var inputs = FixtureCsv.Inputs(Teams, $"{WorkersHeader}\n{Worker}");
        Assert.That(SeriesBasis.Of(inputs, "engine 2").RecomputeFrom(SeriesBasis.Of(inputs, "engine 1")), Is.EqualTo(DateOnly.MinValue));
    }

    [Test]
    public void ShouldRecomputeFromTheMonthAfterItsEnd_WhenAnOpenAllocationIsClosed() =>
        Assert.That(Basis(allocation: "C1,W1,2020-01-05,2024-06-10,CIN").RecomputeFrom(Basis()), Is.EqualTo(new DateOnly(2024, 6, 1)));

    [Test]
    public void ShouldRecomputeFromItsEndMonth_WhenAnOpenSpellEndsWithAReason() =>
        Assert.That(Basis(worker: "W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,2024-09-30,resignation,2015-07-01,M1").RecomputeFrom(Basis()), Is.EqualTo(new DateOnly(2024, 9, 1)));

    [Test]
    public void ShouldRecomputeEverything_WhenTheEstablishmentChanges() =>
        Assert.That(Basis(establishment: "team_code,role,establishment_fte\nT1,case_holder,4").RecomputeFrom(Basis()), Is.EqualTo(DateOnly.MinValue));

    [TestCase("W1,Ann Other,T1,case_holder,permanent,1,2019-03-04,,,2015-07-01,M1", Description = "display_name")]
    [TestCase("W1,Ann Example,T2,case_holder,permanent,1,2019-03-04,,,2015-07-01,M1", Description = "team_code")]
    [TestCase("W1,Ann Example,T1,senior_practitioner,permanent,1,2019-03-04,,,2015-07-01,M1", Description = "role")]
    [TestCase("W1,Ann Example,T1,case_holder,fixed_term,1,2019-03-04,,,2015-07-01,M1", Description = "employment_type")]
    [TestCase("W1,Ann Example,T1,case_holder,permanent,0.8,2019-03-04,,,2015-07-01,M1", Description = "fte")]
    [TestCase("W1,Ann Example,T1,case_holder,permanent,1,2019-03-05,,,2015-07-01,M1", Description = "start_date")]
    [TestCase("W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,,retired,2015-07-01,M1", Description = "leaving_reason")]
    [TestCase("W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,,,2016-07-01,M1", Description = "qualified_date")]
    [TestCase("W1,Ann Example,T1,case_holder,permanent,1,2019-03-04,,,2015-07-01,", Description = "line_manager_id")]
    public void ShouldRecomputeFromTheSpellsStart_WhenAnyOtherFieldOfItChanges(string edited) =>
        Assert.That(Basis(worker: edited).RecomputeFrom(Basis()), Is.Not.Null.And.LessThanOrEqualTo(new DateOnly(2019, 3, 1)));

    [TestCase("C2,W1,2020-01-05,,CIN", Description = "child_id")]
    [TestCase("C1,M1,2020-01-05,,CIN", Description = "worker_id")]
    [TestCase("C1,W1,2020-01-06,,CIN", Description = "start_date")]
    [TestCase("C1,W1,2020-01-05,,CP", Description = "case_type")]
    public void ShouldRecomputeFromTheAllocationsStart_WhenAnyOtherFieldOfItChanges(string edited) =>
        Assert.That(Basis(allocation: edited).RecomputeFrom(Basis()), Is.Not.Null.And.LessThanOrEqualTo(new DateOnly(2020, 1, 1)));
}

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>Settings of the synthetic council. The same seed and scale always give the same files.</summary>
public sealed record SampleCouncilOptions(int Seed = 20240930, double Scale = 1.0)
{
    /// <summary>The sample's usual first day simulated.</summary>
    public static DateOnly DefaultHistoryStart { get; } = new(2018, 10, 1);

    /// <summary>
    /// First day simulated: the workforce already in post then has earlier start dates. A later day gives a council
    /// with a shorter history and fewer month ends to compute (tests that recompute everything many times).
    /// </summary>
    public DateOnly HistoryStart { get; init; } = DefaultHistoryStart;

    /// <summary>The sample's usual extract date: the last day its files describe.</summary>
    public static DateOnly DefaultExtractDate { get; } = new(2026, 10, 31);

    /// <summary>
    /// The last day simulated and described. An earlier day gives the same council's extract of that night: the same
    /// history up to it (the bench and the refresh tests import two nights in a row).
    /// </summary>
    public DateOnly ExtractDate { get; init; } = DefaultExtractDate;

    /// <summary>The year the council's improvement programme starts to bite, and when it is complete.</summary>
    public static DateOnly ImprovementStart { get; } = new(2021, 4, 1);

    public static DateOnly ImprovementEnd { get; } = new(2025, 9, 30);

    /// <summary>0 before the improvement starts, 1 once it is complete, linear between.</summary>
    public static double Progress(DateOnly day)
    {
        var total = ImprovementEnd.DayNumber - ImprovementStart.DayNumber;
        return Math.Clamp((day.DayNumber - ImprovementStart.DayNumber) / (double)total, 0, 1);
    }

    /// <summary>A value that moves from <paramref name="before"/> to <paramref name="after"/> as the improvement progresses.</summary>
    public static double Trend(DateOnly day, double before, double after) => before + ((after - before) * Progress(day));
}

using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// One projected person (or, for the extra ASYE intake, one intake): their FTE, qualified date, the month they are in
/// post from and the last month a planned end leaves them in post.
/// </summary>
/// <param name="Fte">f.</param>
/// <param name="QualifiedDate">Their band on each D_m comes from it (null: unknown throughout).</param>
/// <param name="FromMonth">In post from D_FromMonth with survival 1; survival applies to the months after it.</param>
/// <param name="LastMonth">p(m) = 0 for m after it (a planned end); the horizon itself when none.</param>
/// <param name="CountsInInterval">False for the extra ASYE intake, which forecast.md leaves out of the interval.</param>
/// <param name="EndAlreadyCounted">A planned end on E: already an actual leaving, so no expected leaving for it.</param>
internal sealed record ProjectedPerson(
    double Fte,
    DateOnly? QualifiedDate,
    int FromMonth,
    int LastMonth,
    bool CountsInInterval = true,
    bool EndAlreadyCounted = false)
{
    /// <summary>p(m) for m = 0..H: Π over the months k after <see cref="FromMonth"/> of (1 − q of their band on D_k).</summary>
    public double[] Survival(DateOnly[] dates, IReadOnlyDictionary<string, double> monthlyLeaving)
    {
        var p = new double[dates.Length];
        for (var m = FromMonth; m < dates.Length && m <= LastMonth; m++)
        {
            p[m] = m == FromMonth ? 1 : p[m - 1] * (1 - monthlyLeaving[ExperienceBand.On(QualifiedDate, dates[m])]);
        }

        return p;
    }
}

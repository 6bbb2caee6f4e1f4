using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>The sums over projected people at each D_m: expected employed FTE (all and by band), its variance, and expected leavings.</summary>
internal sealed class ForecastSums(DateOnly[] dates)
{
    public double[] Employed { get; } = new double[dates.Length];

    public Dictionary<string, double[]> ByBand { get; } = ExperienceBand.All.ToDictionary(b => b, _ => new double[dates.Length], StringComparer.Ordinal);

    /// <summary>Σ f² · p(m) · (1 − p(m)) over the people the interval counts.</summary>
    public double[] Variance { get; } = new double[dates.Length];

    /// <summary>Expected leavings FTE of month m: f · (p(m−1) − p(m)) over those in post on D_{m−1}.</summary>
    public double[] Leavings { get; } = new double[dates.Length];

    public void Add(ProjectedPerson person, double[] survival)
    {
        for (var m = person.FromMonth; m < dates.Length; m++)
        {
            var p = survival[m];
            Employed[m] += person.Fte * p;
            ByBand[ExperienceBand.On(person.QualifiedDate, dates[m])][m] += person.Fte * p;
            if (person.CountsInInterval)
            {
                Variance[m] += person.Fte * person.Fte * p * (1 - p);
            }

            if (m > person.FromMonth && !person.EndAlreadyCounted)
            {
                Leavings[m] += person.Fte * (survival[m - 1] - p);
            }
        }
    }
}

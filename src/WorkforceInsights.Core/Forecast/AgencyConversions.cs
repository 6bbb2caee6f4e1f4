using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The agency workers in post on E in the order they convert (their agency spell's start, earliest first; ties by
/// worker id), and the scenario's conversions: the next N each month, joining the employed stock on D_m.
/// </summary>
internal sealed class AgencyConversions
{
    private readonly List<(double Fte, DateOnly? QualifiedDate)> _inOrder;

    public AgencyConversions(MetricInputs inputs, DateOnly asOf)
    {
        _inOrder = [.. inputs.History.Spells
            .Where(s => s.IsSocialWorker && !s.IsEmployed && s.IsInPostOn(asOf))
            .GroupBy(s => s.WorkerId, StringComparer.Ordinal)
            .Select(g => (Start: g.Min(s => s.StartDate), Worker: g.Key, Fte: (double)g.Sum(s => s.Fte),
                Qualified: QualifiedDates.Of(inputs, g.Aggregate((a, b) => WorkerIndex.IsMain(b, a) ? b : a))))
            .OrderBy(w => w.Start).ThenBy(w => w.Worker, StringComparer.Ordinal)
            .Select(w => (w.Fte, w.Qualified))];
        AgencyFteOnE = _inOrder.Sum(w => w.Fte);
    }

    public double AgencyFteOnE { get; }

    /// <summary>The converted workers, each in post as employed from the month of their conversion.</summary>
    public List<ProjectedPerson> Converted(int perMonth, DateOnly[] dates)
    {
        var converted = new List<ProjectedPerson>();
        for (var m = 1; m < dates.Length && perMonth > 0; m++)
        {
            foreach (var (fte, qualified) in _inOrder.Skip(converted.Count).Take(perMonth))
            {
                converted.Add(new ProjectedPerson(fte, qualified, m, dates.Length - 1));
            }
        }

        return converted;
    }
}

using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>A spell's qualified date as the metrics read it: its own, else the latest on any of the worker's spells.</summary>
internal static class QualifiedDates
{
    public static DateOnly? Of(MetricInputs inputs, WorkerSpell spell) =>
        spell.QualifiedDate ?? inputs.Workers.LatestQualifiedDate[inputs.Workers[spell.WorkerId]];
}

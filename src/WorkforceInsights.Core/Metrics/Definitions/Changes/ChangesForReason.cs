using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Changes;

/// <summary>CH-CHG-&lt;code&gt;: changes of social worker in the year for one reason (SSDA903 SW_REASON), recorded or inferred.</summary>
public sealed class ChangesForReason : IMetric
{
    private readonly ChangeReason _reason;

    private ChangesForReason(ChangeReason reason)
    {
        _reason = reason;
        Info = new(
            Id: IdOf(reason),
            Title: $"Changes: {ChangeReasons.Words(reason).ToLowerInvariant()} ({reason})",
            Definition: $"Changes of social worker in the year to D whose reason is {reason} ({ChangeReasons.Words(reason).ToLowerInvariant()}): recorded in change_reason, or else inferred (LEFTRL, ORGRST, TSPROC, MANAGE, in that order).",
            Numerator: "changes for this reason",
            Denominator: "-",
            Unit: MetricUnit.Changes,
            Polarity: Polarity.Neutral,
            Page: DashboardPage.Changes,
            Json: $"children.changesByReason.{reason}",
            Chart: ChartOf(reason),
            SourceFields: "allocations.csv: change_reason; workers.csv: spells of both workers",
            AsAtRule: "The year to D: the new allocation's start_date after D - 12 months and on or before D.",
            Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };
    }

    public MetricInfo Info { get; }

    public ChangeReason Reason => _reason;

    public static string IdOf(ChangeReason reason) => $"CH-CHG-{reason}";

    /// <summary>The reasons a change is inferred from (a worker leaving, a restructure, the case process, a manager) share a chart.</summary>
    private static PageChart ChartOf(ChangeReason reason) =>
        reason is ChangeReason.LEFTRL or ChangeReason.ORGRST or ChangeReason.TSPROC or ChangeReason.MANAGE ? PageCharts.ChangesMainReasons : PageCharts.ChangesOtherReasons;

    public static IReadOnlyList<ChangesForReason> All { get; } = [.. ChangeReasons.All.Select(r => new ChangesForReason(r))];

    public MetricResult Calculate(MetricDay day) => MetricResult.Count(day.ChangesFor(_reason));
}

using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Tests.Balancing;

/// <summary>
/// A small council for worked examples, planned on D = 31 October 2026. Workers qualified in 2010 (5+ years: threshold
/// 14 per FTE) unless an example says otherwise; children have been with their worker since 2024 unless it says otherwise.
/// </summary>
internal sealed class BalancingCouncil
{
    public static readonly DateOnly D = new(2026, 10, 31);
    private static readonly DateOnly s_longAgo = new(2024, 1, 1);
    private readonly List<WorkerSpell> _spells = [];
    private readonly List<Allocation> _allocations = [];
    private int _nextChild;

    public BalancingOptions Options { get; } = new();

    public BalancingCouncil Worker(string id, string team, int children, decimal fte = 1, DateOnly? qualified = null, DateOnly? end = null, Role role = Role.CaseHolder)
    {
        _spells.Add(new WorkerSpell(id, null, team, role, EmploymentType.Permanent, fte, new DateOnly(2015, 1, 1), end, null, qualified ?? new DateOnly(2010, 7, 1), null));
        for (var i = 0; i < children; i++)
        {
            // Each child a day later than the last: a later start is a shorter relationship, so the costs never tie.
            Child(id, start: s_longAgo.AddDays(_nextChild));
        }

        return this;
    }

    public BalancingCouncil Spell(WorkerSpell spell)
    {
        _spells.Add(spell);
        return this;
    }

    /// <summary>A child open to the worker since <paramref name="start"/> (default: long ago), with its id.</summary>
    public string Child(string worker, DateOnly? start = null, string? family = null, CaseType caseType = CaseType.CIN, string? id = null)
    {
        id ??= "C" + (++_nextChild).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        _allocations.Add(new Allocation(id, worker, start ?? s_longAgo, null, caseType, FamilyId: family));
        return id;
    }

    public BalancingCouncil Allocation(Allocation allocation)
    {
        _allocations.Add(allocation);
        return this;
    }

    public BalancingFacts Facts(params string[] scopeTeams) => Facts(areaScope: scopeTeams.Length > 1, scopeTeams);

    public BalancingFacts Facts(bool areaScope, params string[] scopeTeams) =>
        BalancingFactsBuilder.Build(new BalancingInputs(D, scopeTeams.Length == 0 ? null : scopeTeams, areaScope, _spells, _allocations), Options, new MetricTargets());

    public BalancePlan Plan(params string[] scopeTeams) => BalancePlanner.Plan(Facts(scopeTeams));
}

using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Balancing;

/// <summary>The data balancing reads for a date and scope.</summary>
/// <param name="AsOf">The date D.</param>
/// <param name="ScopeTeams">The scope's team codes; null: every team (the council, for handovers).</param>
/// <param name="AreaScope">The scope is a service area (or the council) rather than one team: decides the default of Balancing:CrossTeam.</param>
/// <param name="Spells">Every spell of every worker (planned spells after the extract date included: they carry a leaver on).</param>
/// <param name="Allocations">Every allocation starting on or before D of every child with an allocation open on D to a worker in post in the scope.</param>
public sealed record BalancingInputs(DateOnly AsOf, IReadOnlyCollection<string>? ScopeTeams, bool AreaScope, IReadOnlyList<WorkerSpell> Spells, IReadOnlyList<Allocation> Allocations);

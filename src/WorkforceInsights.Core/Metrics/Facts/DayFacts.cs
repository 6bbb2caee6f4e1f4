using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>A spell in post on D, with the worker's experience band on D and the cases it carries.</summary>
/// <param name="Spell">The spell.</param>
/// <param name="Team">Its team (null if the team is unknown).</param>
/// <param name="Band">The worker's experience band on D.</param>
/// <param name="Cases">Distinct children allocated to the worker on D, counted on the worker's main spell (largest FTE) only.</param>
/// <param name="WorkerHoldsCases">The worker holds at least one case on D (so all their social-worker FTE is case-holder FTE).</param>
/// <param name="EmployedYearAgo">The worker was in post in an employed social-worker spell on D − 12 months.</param>
public sealed record SpellOnDay(WorkerSpell Spell, Team? Team, string Band, int Cases, bool WorkerHoldsCases, bool EmployedYearAgo)
{
    public bool IsEmployedSocialWorker => Spell.IsSocialWorker && Spell.IsEmployed;

    public bool IsAgencySocialWorker => Spell.IsSocialWorker && !Spell.IsEmployed;
}

/// <summary>A leaving or starting spell whose end (or start) falls in the year to D.</summary>
public sealed record SpellInYear(WorkerSpell Spell, Team? Team);

/// <summary>One establishment row of a social-worker role and the employed FTE in post against it on D.</summary>
public sealed record VacancyOnDay(EstablishmentPost Post, Team? Team, decimal EmployedFte)
{
    public decimal VacancyFte => Math.Max(0, Post.EstablishmentFte - EmployedFte);
}

/// <summary>A child with an allocation open on D, as the children's measures see them.</summary>
/// <param name="ChildId">Pseudonymous child id.</param>
/// <param name="CaseType">Case type of the child's main open allocation (latest start, then CP, CLA, CIN, CL).</param>
/// <param name="Team">Team of the worker of that allocation on D, when known.</param>
/// <param name="HasSocialWorkerAllocation">An allocation to a social worker is open on D.</param>
/// <param name="WorkersInYear">Distinct social workers with an allocation to the child overlapping the year to D.</param>
/// <param name="OpenYearAgo">The child had an allocation (to anyone) open on D − 12 months.</param>
/// <param name="LookedAfter">The child has an open CLA allocation on D (any of its open allocations, not only the main one): the DfE's "looked after on 31 March".</param>
public sealed record ChildOnDay(string ChildId, CaseType CaseType, Team? Team, bool HasSocialWorkerAllocation, int WorkersInYear, bool OpenYearAgo, bool LookedAfter = false);

/// <summary>
/// A change of a child's social worker (metrics.md, "Changes of social worker"): on <paramref name="Date"/> worker
/// <paramref name="NewWorkerId"/> took over from <paramref name="PreviousWorkerId"/>, for a reason recorded or inferred.
/// </summary>
/// <param name="PreviousTeam">The previous worker's team on the day before (the breakdown's team), when known.</param>
/// <param name="CaseType">The case type of the new worker's allocation.</param>
public sealed record ChangeOfWorker(string ChildId, DateOnly Date, string PreviousWorkerId, string NewWorkerId, Team? PreviousTeam, Team? NewTeam, CaseType CaseType, ChangeReason Reason, bool Recorded);

/// <summary>A referral dated in the year to D, and whether it is a re-referral.</summary>
/// <remarks>A value, made once per referral: each date takes its year of them without making any.</remarks>
public readonly record struct ReferralInYear(Referral Referral, bool IsReReferral);

using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Agency;

/// <summary>
/// A worker's run of agency social-worker spells, each starting no more than one day after the previous one ends
/// (agency.md, "Assignments"): a team move or a change of role inside one agency placement is one assignment.
/// </summary>
public sealed class AgencyAssignment
{
    public AgencyAssignment(IReadOnlyList<TermedSpell> spells)
    {
        if (spells.Count == 0)
        {
            throw new ArgumentException("An assignment has at least one spell.", nameof(spells));
        }

        Spells = spells;
        Start = spells.Min(s => s.Spell.StartDate);
        End = spells.Any(s => s.Spell.EndDate is null) ? null : spells.Max(s => s.Spell.EndDate);
    }

    public IReadOnlyList<TermedSpell> Spells { get; }

    public string WorkerId => Spells[0].Spell.WorkerId;

    public DateOnly Start { get; }

    /// <summary>The last spell's end; null while open.</summary>
    public DateOnly? End { get; }

    /// <summary>The end as the extract date knows it: a planned end after the extract date is still open (extracts.md).</summary>
    public DateOnly? EndKnownOn(DateOnly extractDate) => End is { } end && end <= extractDate ? end : null;

    public bool IsInPostOn(DateOnly day) => Start <= day && (End is null || End >= day);

    /// <summary>In post on any day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool OverlapsPeriod(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);

    /// <summary>The spell whose attributes the assignment has on a day: the latest starting on or before it (else the first).</summary>
    public TermedSpell SpellOn(DateOnly day) =>
        Spells.Where(s => s.Spell.StartDate <= day).OrderBy(s => s.Spell.StartDate).LastOrDefault() ?? Spells[0];

    /// <summary>The recorded job type, else the one the role stands for; null when neither gives one.</summary>
    public AgencyJobType? JobTypeOn(DateOnly day)
    {
        var spell = SpellOn(day);
        return spell.Terms.JobType ?? AgencyJobTypes.FromRole(spell.Spell.Role);
    }

    /// <summary>Whole years from the qualified date to the assignment's start; null with no qualified date.</summary>
    public int? QualifiedYearsAtStart(DateOnly day) =>
        SpellOn(day).Spell.QualifiedDate is { } qualified ? WholeYears(qualified, Start) : null;

    /// <summary>The whole years from one date to a later one (29 February plus a year is 28 February).</summary>
    public static int WholeYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }

    /// <summary>
    /// The assignments among the spells: agency social-worker spells that start on or before the extract date,
    /// per worker, joined while each starts no more than one day after the run so far ends (an open run takes all).
    /// </summary>
    public static IReadOnlyList<AgencyAssignment> From(IEnumerable<TermedSpell> spells, DateOnly extractDate)
    {
        var assignments = new List<AgencyAssignment>();
        var agency = spells.Where(s => IsAgencySocialWorker(s.Spell) && s.Spell.StartDate <= extractDate);
        foreach (var worker in agency.GroupBy(s => s.Spell.WorkerId, StringComparer.Ordinal))
        {
            var run = new List<TermedSpell>();
            var runEnd = DateOnly.MinValue; // MaxValue while the run is open
            foreach (var termed in worker.OrderBy(s => s.Spell.StartDate))
            {
                if (run.Count > 0 && runEnd != DateOnly.MaxValue && termed.Spell.StartDate > runEnd.AddDays(1))
                {
                    assignments.Add(new AgencyAssignment(run));
                    run = [];
                    runEnd = DateOnly.MinValue;
                }

                run.Add(termed);
                var spellEnd = termed.Spell.EndDate ?? DateOnly.MaxValue;
                runEnd = spellEnd > runEnd ? spellEnd : runEnd;
            }

            assignments.Add(new AgencyAssignment(run));
        }

        return assignments;
    }

    public static bool IsAgencySocialWorker(WorkerSpell spell) => spell.EmploymentType == EmploymentType.Agency && spell.IsSocialWorker;
}

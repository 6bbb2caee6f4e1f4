using System.Globalization;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Agency;

/// <summary>
/// Checks one assignment against each rule of agency.md, "The rules checked, per assignment". Pure: the caller says
/// which day the attributes are taken on and whether the rules apply to the assignment at all.
/// </summary>
public sealed class AgencyRuleChecker(AgencyRuleSettings settings, IEnumerable<TermedSpell> allSpells)
{
    public const int MinimumQualifiedYears = 3;
    public const int MaximumNoticeWeeks = 4;
    public const int MinimumReferences = 2;
    public const int CoolOffMonths = 3;

    // The council's employed social-worker spells that have ended: the only history the cool-off can be checked against.
    private readonly IReadOnlyList<TermedSpell> _endedEmployed =
        allSpells.Where(s => s.Spell.IsEmployed && s.Spell.IsSocialWorker && s.Spell.EndDate is not null).ToList();

    public AgencyRuleSettings Settings => settings;

    public AssignmentCheck Check(AgencyAssignment assignment, DateOnly day, bool rulesApply)
    {
        var spell = assignment.SpellOn(day);
        var jobType = assignment.JobTypeOn(day);
        var years = assignment.QualifiedYearsAtStart(day);
        var cap = settings.CapFor(jobType);
        var notApplicable = new RuleStatus(RuleOutcome.NotApplicable,
            $"started {Iso(assignment.Start)}, before {Iso(settings.RulesFrom)}, and not in post on or after {Iso(settings.AllFrom)}");
        var rules = new Dictionary<AgencyRule, RuleStatus>
        {
            [AgencyRule.Experience] = rulesApply ? Experience(spell.Spell, assignment.Start, years) : notApplicable,
            [AgencyRule.PriceCap] = rulesApply ? PriceCap(spell.Terms, jobType, cap) : notApplicable,
            [AgencyRule.Notice] = rulesApply ? Notice(spell.Terms.NoticeWeeks) : notApplicable,
            [AgencyRule.References] = rulesApply ? References(spell.Terms.References) : notApplicable,
            [AgencyRule.CoolOff] = rulesApply ? CoolOff(assignment, spell) : notApplicable,
        };
        return new AssignmentCheck(assignment, spell, jobType, years, cap, rules);
    }

    public static RuleStatus Experience(WorkerSpell spell, DateOnly start, int? years) => years switch
    {
        null => new(RuleOutcome.NotRecorded, "no qualified_date"),
        >= MinimumQualifiedYears => new(RuleOutcome.Met,
            $"{years} years qualified at the start: the guidance counts years in local authority employment, so check the employment history"),
        _ => new(RuleOutcome.Breach,
            $"{years} whole years qualified at the start ({Iso(start)}; qualified {Iso(spell.QualifiedDate!.Value)}); the rule asks for {MinimumQualifiedYears}"),
    };

    public static RuleStatus PriceCap(AgencyTerms terms, AgencyJobType? jobType, decimal? cap)
    {
        if (terms.HourlyRate is not { } rate)
        {
            return new(RuleOutcome.NotRecorded, "no hourly_rate");
        }

        if (jobType is null)
        {
            return new(RuleOutcome.NotRecorded, "no job type: agency_job_type is blank and the role has none");
        }

        if (cap is not { } c)
        {
            return new(RuleOutcome.NotRecorded, $"no cap configured for {AgencyJobTypes.Word(jobType)} (Agency:Caps:{AgencyJobTypes.Word(jobType)})");
        }

        return rate <= c
            ? new(RuleOutcome.Met, $"£{Money(rate)} an hour, within the {AgencyJobTypes.Word(jobType)} cap of £{Money(c)}")
            : new(RuleOutcome.Breach, $"£{Money(rate)} an hour, above the {AgencyJobTypes.Word(jobType)} cap of £{Money(c)}"
                + (terms.CapBreachSignedOff is { } day ? $"; signed off {Iso(day)}" : "; not signed off"), terms.CapBreachSignedOff);
    }

    public static RuleStatus Notice(int? weeks) => weeks switch
    {
        null => new(RuleOutcome.NotRecorded, "no notice_weeks"),
        <= MaximumNoticeWeeks => new(RuleOutcome.Met, $"{weeks} weeks' notice"),
        _ => new(RuleOutcome.Breach, $"{weeks} weeks' notice; the rule asks for no more than {MaximumNoticeWeeks}"),
    };

    public static RuleStatus References(int? references) => references switch
    {
        null => new(RuleOutcome.NotRecorded, "no references count"),
        >= MinimumReferences => new(RuleOutcome.Met, $"{references} practice-based references"),
        _ => new(RuleOutcome.Breach, $"{references} practice-based references; the rule asks for {MinimumReferences}"),
    };

    private RuleStatus CoolOff(AgencyAssignment assignment, TermedSpell spell)
    {
        var from = assignment.Start.AddMonths(-CoolOffMonths);
        var left = _endedEmployed
            .Where(e => e.Spell.EndDate >= from && e.Spell.EndDate < assignment.Start && SamePerson(e, spell))
            .OrderByDescending(e => e.Spell.EndDate)
            .FirstOrDefault();
        return left is null
            ? new(RuleOutcome.Met, $"no employed social-worker spell in this council ended in the {CoolOffMonths} months before the start; other councils of the region cannot be checked here")
            : new(RuleOutcome.Breach, $"employed here as {left.Spell.WorkerId} until {Iso(left.Spell.EndDate!.Value)}, less than {CoolOffMonths} months before the assignment started on {Iso(assignment.Start)}");
    }

    /// <summary>
    /// The same person: the same Social Work England number, or the same worker id where the two spells do not carry
    /// different numbers.
    /// </summary>
    public static bool SamePerson(TermedSpell a, TermedSpell b)
    {
        var (x, y) = (a.Terms.SweNumber, b.Terms.SweNumber);
        if (x is not null && y is not null)
        {
            return string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(a.Spell.WorkerId, b.Spell.WorkerId, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

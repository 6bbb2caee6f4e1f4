using System.Globalization;
using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>
/// The synthetic council's workforce, day by day: employed leavers at a turnover that falls from
/// about 27% to about 11%, agency use held to a target falling from about 40 to about 6 workers,
/// vacancies filled faster as the improvement bites, plus the moves, promotions and contract
/// changes that are not leavings.
/// </summary>
internal sealed class SampleWorkforce(Random random, IReadOnlyList<SampleTeam> teams, double scale)
{
    private static readonly string[] s_first = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Dan", "Ella", "Femi", "Grace", "Harry", "Isla", "Jack", "Kofi", "Laura", "Mo", "Nina", "Owen", "Rosa", "Siân", "Zoë", "Chidi", "Megan"];
    private static readonly string[] s_last = ["Taylor", "Khan", "Smith", "O'Neill", "Jones", "Patel", "Evans", "Brown", "Wilson", "Hughes", "Okafor", "Walker", "Davies", "Reid", "Nowak", "Ahmed", "Clarke", "Price"];
    private readonly List<SampleSpell> _active = [];

    // Kept up to date on every hire and ending, so a scaled-up council is not counted afresh every day.
    private readonly Dictionary<(SampleTeam Team, Role Role), int> _inPost = [];
    private readonly Dictionary<string, List<SampleSpell>> _caseHoldersByArea = [];
    private int _agencyCount;
    private int _nextId;

    public List<SampleSpell> AllSpells { get; } = [];

    /// <summary>Called when a spell's children must move to another worker (leaving or a team move).</summary>
    public Action<SampleSpell, DateOnly>? WorkerGone { get; set; }

    /// <summary>Called when a worker's children stay with them on a new spell (promotion, contract change).</summary>
    public Action<SampleSpell, SampleSpell>? WorkerContinues { get; set; }

    public IReadOnlyList<SampleSpell> ActiveCaseHolders(string area) =>
        _caseHoldersByArea.TryGetValue(area, out var spells) ? spells : [];

    public void Seed(DateOnly day)
    {
        foreach (var team in teams)
        {
            foreach (var (role, _) in Posts(team))
            {
                var draw = random.NextDouble();
                if (draw < 0.07 && role == Role.CaseHolder)
                {
                    continue; // vacant from the start
                }

                var agency = role == Role.CaseHolder && draw < 0.20;
                var start = agency ? day.AddDays(-random.Next(1, 300)) : day.AddDays(-random.Next(1, 4000));
                Hire(team, role, agency ? EmploymentType.Agency : EmploymentType.Permanent, start, experienced: true);
            }
        }
    }

    public void Step(DateOnly day)
    {
        var turnover = SampleCouncilOptions.Trend(day, 0.265, 0.10);
        var agencyTarget = SampleCouncilOptions.Trend(day, 40, 6) * scale;
        var agencyCount = _agencyCount;
        foreach (var spell in _active.ToList())
        {
            StepSpell(spell, day, turnover, agencyCount > agencyTarget + 1 ? (agencyCount - agencyTarget) / (agencyCount * 25.0) : 0);
        }

        FillVacancies(day, agencyTarget);
    }

    private void StepSpell(SampleSpell spell, DateOnly day, double turnover, double agencyPressure)
    {
        var roll = random.NextDouble();
        if (spell.Type == EmploymentType.Agency)
        {
            if (roll < (1 / 240.0) + agencyPressure)
            {
                var converts = random.NextDouble() < SampleCouncilOptions.Trend(day, 0.05, 0.30);
                End(spell, day, null, childrenMove: !converts);
                if (converts)
                {
                    Continue(spell, spell.Team, spell.Role, EmploymentType.Permanent, day.AddDays(1));
                }
            }

            return;
        }

        var annualLeaving = spell.Role == Role.AdultPractitioner ? 0.10 : turnover;
        if (roll < annualLeaving / 365)
        {
            var toAgency = random.NextDouble() < 0.04 && spell.Role == Role.CaseHolder;
            End(spell, day, PickReason(), childrenMove: !toAgency);
            if (toAgency)
            {
                Continue(spell, spell.Team, spell.Role, EmploymentType.Agency, day.AddDays(1));
            }
        }
        else if (roll < (annualLeaving + 0.03) / 365 && spell.HoldsCases)
        {
            var other = teams.Where(t => t.HoldsCases && t != spell.Team).ElementAt(random.Next(teams.Count(t => t.HoldsCases) - 1));
            End(spell, day, null, childrenMove: true);
            Continue(spell, other, spell.Role, spell.Type, day.AddDays(1));
        }
        else if (roll < (annualLeaving + 0.07) / 365 && spell.Role == Role.CaseHolder
            && spell.Worker.QualifiedDate is { } q && q < day.AddYears(-3))
        {
            End(spell, day, null, childrenMove: false);
            Continue(spell, spell.Team, Role.SeniorPractitioner, spell.Type, day.AddDays(1));
        }
        else if (roll < (annualLeaving + 0.27) / 365 && spell.Type == EmploymentType.FixedTerm)
        {
            End(spell, day, null, childrenMove: false);
            Continue(spell, spell.Team, spell.Role, EmploymentType.Permanent, day.AddDays(1));
        }
    }

    private void FillVacancies(DateOnly day, double agencyTarget)
    {
        var permanentFill = SampleCouncilOptions.Trend(day, 1 / 110.0, 1 / 40.0);
        var agencyCount = _agencyCount;
        foreach (var team in teams)
        {
            foreach (var (role, wanted) in Posts(team).GroupBy(p => p.Role).Select(g => (g.Key, g.Count())))
            {
                var vacancies = wanted - _inPost.GetValueOrDefault((team, role));
                for (var v = 0; v < vacancies; v++)
                {
                    if (role != Role.CaseHolder ? random.NextDouble() < 1 / 30.0 : random.NextDouble() < permanentFill)
                    {
                        var fixedTerm = random.NextDouble() < 0.06;
                        Hire(team, role, fixedTerm ? EmploymentType.FixedTerm : EmploymentType.Permanent, day, experienced: role != Role.CaseHolder || random.NextDouble() < 0.55);
                    }
                    else if (role == Role.CaseHolder && agencyCount < agencyTarget && random.NextDouble() < 0.1)
                    {
                        Hire(team, role, EmploymentType.Agency, day, experienced: true);
                        agencyCount++;
                    }
                }
            }
        }
    }

    private static IEnumerable<(Role Role, int Index)> Posts(SampleTeam team)
    {
        if (team.ServiceArea == SampleTeam.Leadership)
        {
            return [(Role.SeniorManager, 0), (Role.SeniorManager, 1), .. Enumerable.Range(0, 6).Select(i => (Role.MiddleManager, i)), .. Enumerable.Range(0, 6).Select(i => (Role.QualifiedWithoutCases, i))];
        }

        return [(Role.FirstLineManager, 0), (Role.SeniorPractitioner, 0), (Role.SeniorPractitioner, 1),
            .. Enumerable.Range(0, team.CaseHolderPosts).Select(i => (Role.CaseHolder, i)),
            .. Enumerable.Range(0, team.AdultPractitionerPosts).Select(i => (Role.AdultPractitioner, i))];
    }

    private void Hire(SampleTeam team, Role role, EmploymentType type, DateOnly start, bool experienced)
    {
        var id = (type == EmploymentType.Agency ? "AG" : "E") + (++_nextId).ToString("00000", CultureInfo.InvariantCulture);
        var name = $"{s_first[random.Next(s_first.Length)]} {s_last[random.Next(s_last.Length)]}";
        DateOnly? qualified = role == Role.AdultPractitioner || random.NextDouble() < 0.02 ? null
            : experienced ? start.AddDays(-random.Next(400, 7000)) : start.AddDays(-random.Next(0, 90));
        var fte = type == EmploymentType.Agency || random.NextDouble() < 0.85 ? 1.0m : new[] { 0.5m, 0.6m, 0.8m }[random.Next(3)];
        Add(new SampleSpell(new SampleWorker(id, name, qualified), team, role, type, fte, start, ManagerFor(team, role)));
    }

    private void Continue(SampleSpell previous, SampleTeam team, Role role, EmploymentType type, DateOnly start)
    {
        var next = new SampleSpell(previous.Worker, team, role, type, previous.Fte, start, ManagerFor(team, role));
        Add(next);
        if (team == previous.Team)
        {
            WorkerContinues?.Invoke(previous, next);
        }
    }

    private void Add(SampleSpell spell)
    {
        AllSpells.Add(spell);
        _active.Add(spell);
        Track(spell, +1);
        if (spell.HoldsCases)
        {
            (_caseHoldersByArea.TryGetValue(spell.Team.ServiceArea, out var list) ? list : _caseHoldersByArea[spell.Team.ServiceArea] = []).Add(spell);
        }
    }

    private void Track(SampleSpell spell, int change)
    {
        _inPost[(spell.Team, spell.Role)] = _inPost.GetValueOrDefault((spell.Team, spell.Role)) + change;
        _agencyCount += spell.Type == EmploymentType.Agency ? change : 0;
    }

    private void End(SampleSpell spell, DateOnly day, LeavingReason? reason, bool childrenMove)
    {
        spell.End = day;
        spell.Reason = reason;
        _active.Remove(spell);
        Track(spell, -1);
        if (spell.HoldsCases)
        {
            _caseHoldersByArea[spell.Team.ServiceArea].Remove(spell);
        }

        if (childrenMove)
        {
            WorkerGone?.Invoke(spell, day);
        }
    }

    private string? ManagerFor(SampleTeam team, Role role)
    {
        var managerRole = role switch
        {
            Role.SeniorManager => (Role?)null,
            Role.MiddleManager or Role.QualifiedWithoutCases => Role.SeniorManager,
            Role.FirstLineManager => Role.MiddleManager,
            _ => Role.FirstLineManager,
        };
        var managerTeam = managerRole is Role.SeniorManager or Role.MiddleManager ? teams[0] : team;
        return managerRole is null ? null : _active.FirstOrDefault(s => s.Team == managerTeam && s.Role == managerRole)?.Worker.Id;
    }

    private LeavingReason PickReason()
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.68 => LeavingReason.Resignation,
            < 0.76 => LeavingReason.Retired,
            < 0.83 => LeavingReason.MovedWithinCouncil,
            < 0.85 => LeavingReason.Dismissed,
            < 0.87 => LeavingReason.VoluntaryRedundancy,
            < 0.93 => LeavingReason.Other,
            _ => LeavingReason.NotKnown,
        };
    }
}

using System.Globalization;
using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>
/// The synthetic council's children, day by day: referrals (about one in five a re-referral),
/// assessments, then child in need, child protection, looked-after and care-leaver episodes,
/// each allocated to the least-loaded social worker of the right service area. Children change
/// worker when a worker leaves or moves team, and through reallocations that grow rarer as
/// practice improves.
/// </summary>
internal sealed class SampleCaseload
{
    private static readonly string[] s_sources = ["Police", "School", "Health", "Self/family", "Local authority", "Anonymous", "Other"];
    private readonly Random _random;
    private readonly Random _recording;
    private readonly SampleWorkforce _workforce;
    private readonly double _scale;
    private readonly List<SampleChild> _open = [];
    private readonly List<SampleChild> _recentlyClosed = [];
    private int _nextChild;
    private int _nextReferral;

    public SampleCaseload(Random random, SampleWorkforce workforce, double scale)
    {
        _random = random;
        _recording = new Random(903); // its own fixed seed: drawing from the simulation's random would change the whole council
        _workforce = workforce;
        _scale = scale;
        // A worker who leaves hands their children on (LEFTRL); one who moves team, in a restructure, too (ORGRST).
        workforce.WorkerGone = (spell, day) =>
        {
            foreach (var child in spell.Children.ToList())
            {
                Reallocate(child, day, spell.Reason is null || spell.Reason == LeavingReason.MovedWithinCouncil ? ChangeReason.ORGRST : ChangeReason.LEFTRL);
            }
        };
        // The case system records allocations to people, not HR spells: a promotion or contract
        // change keeps the child's allocation running with the same worker.
        workforce.WorkerContinues = (previous, next) =>
        {
            foreach (var child in previous.Children.ToList())
            {
                child.Worker = next;
                next.Children.Add(child);
                next.Load++;
            }

            previous.Children.Clear();
            previous.Load = 0;
        };
    }

    public List<SampleAllocation> Allocations { get; } = [];

    public List<SampleReferral> Referrals { get; } = [];

    /// <summary>Children already open on the first day, so the early years are not a ramp-up.</summary>
    public void Seed(DateOnly day)
    {
        foreach (var (area, type, count, maxDays) in new[]
        {
            (SampleTeam.Assessment, CaseType.CIN, 380, 60), (SampleTeam.FamilySafeguarding, CaseType.CIN, 700, 360),
            (SampleTeam.FamilySafeguarding, CaseType.CP, 520, 500), (SampleTeam.Disabled, CaseType.CIN, 230, 420),
            (SampleTeam.LookedAfter, CaseType.CLA, 1080, 1800), (SampleTeam.CareLeavers, CaseType.CL, 290, 1000),
        })
        {
            for (var i = 0; i < count * 0.9 * _scale; i++)
            {
                var child = NewChild();
                Open(child, area, type, day, day.AddDays(_random.Next(1, maxDays)));
            }
        }
    }

    public void Step(DateOnly day)
    {
        var referralsToday = Poisson(4900 * _scale / 365.0);
        for (var i = 0; i < referralsToday; i++)
        {
            Refer(day);
        }

        var reallocationRate = SampleCouncilOptions.Trend(day, 0.70, 0.12) / 365;
        // Closed children leave the list here, once a day, rather than one by one (a list removal each).
        _open.RemoveAll(c =>
        {
            c.Listed = c.IsOpen;
            return !c.IsOpen;
        });
        foreach (var child in _open.ToList())
        {
            if (!child.IsOpen)
            {
                continue;
            }

            if (child.PhaseEnd <= day)
            {
                NextPhase(child, day);
            }
            else if (child.Area != SampleTeam.Assessment && _random.NextDouble() < reallocationRate)
            {
                Reallocate(child, day, ChangeReason.MANAGE); // a manager rebalancing caseloads
            }
        }

        _recentlyClosed.RemoveAll(c => c.IsOpen || c.LastClosed < day.AddMonths(-12));
    }

    public void CloseFiles(DateOnly extractDate)
    {
        foreach (var referral in Referrals.Where(r => r.Date > extractDate).ToList())
        {
            Referrals.Remove(referral);
        }
    }

    private void Refer(DateOnly day)
    {
        var reReferral = _recentlyClosed.Count > 0 && _random.NextDouble() < SampleCouncilOptions.Trend(day, 0.32, 0.30);
        var child = reReferral ? _recentlyClosed[_random.Next(_recentlyClosed.Count)] : NewChild();
        Referrals.Add(new SampleReferral("R" + (++_nextReferral).ToString("0000000", CultureInfo.InvariantCulture), child.Id, day, s_sources[_random.Next(s_sources.Length)]));
        if (!child.IsOpen && _random.NextDouble() < 0.62)
        {
            Open(child, SampleTeam.Assessment, CaseType.CIN, day, day.AddDays(_random.Next(25, 85)));
        }
        else if (!child.IsOpen)
        {
            child.LastClosed = day; // no further action: counts as closed for a later re-referral
            _recentlyClosed.Add(child);
        }
    }

    /// <summary>
    /// Where a child goes when a phase ends. After assessment a child needing more help moves to a long-term
    /// team (a change of worker, as in practice); steps up and down within a long-term team keep the worker.
    /// </summary>
    private void NextPhase(SampleChild child, DateOnly day)
    {
        var roll = _random.NextDouble();
        switch (child.Area, child.CaseType)
        {
            case (SampleTeam.Assessment, _) when roll < 0.45:
            case (SampleTeam.FamilySafeguarding or SampleTeam.Disabled, CaseType.CIN) when roll < 0.92:
            case (SampleTeam.LookedAfter, _) when roll < 0.70:
            case (SampleTeam.CareLeavers, _):
                Close(child, day);
                break;
            case (SampleTeam.Assessment, _) when roll < 0.58:
                Transfer(child, SampleTeam.FamilySafeguarding, CaseType.CIN, day, 120, 420);
                break;
            case (SampleTeam.Assessment, _) when roll < 0.65:
                Transfer(child, SampleTeam.Disabled, CaseType.CIN, day, 250, 700);
                break;
            case (SampleTeam.Assessment, _) when roll < 0.88:
                Transfer(child, SampleTeam.FamilySafeguarding, CaseType.CP, day, 200, 540);
                break;
            case (SampleTeam.FamilySafeguarding or SampleTeam.Disabled, CaseType.CIN):
                ChangeType(child, CaseType.CP, day, _random.Next(200, 540));
                break;
            case (SampleTeam.Assessment, _):
            case (SampleTeam.FamilySafeguarding or SampleTeam.Disabled, CaseType.CP) when roll < 0.15:
                Transfer(child, SampleTeam.LookedAfter, CaseType.CLA, day, 300, 2000);
                break;
            case (SampleTeam.FamilySafeguarding or SampleTeam.Disabled, CaseType.CP) when roll < 0.40:
                Close(child, day);
                break;
            case (SampleTeam.FamilySafeguarding or SampleTeam.Disabled, CaseType.CP):
                ChangeType(child, CaseType.CIN, day, _random.Next(90, 300));
                break;
            default:
                Transfer(child, SampleTeam.CareLeavers, CaseType.CL, day, 400, 1100);
                break;
        }
    }

    private void Open(SampleChild child, string area, CaseType type, DateOnly day, DateOnly phaseEnd)
    {
        child.Area = area;
        child.CaseType = type;
        child.PhaseEnd = phaseEnd;
        if (!child.Listed)
        {
            child.Listed = true;
            _open.Add(child);
        }

        Allocate(child, day, PickWorker(area, day));
    }

    private void Transfer(SampleChild child, string area, CaseType type, DateOnly day, int minDays, int maxDays)
    {
        EndAllocation(child, day);
        child.Area = area;
        child.CaseType = type;
        child.PhaseEnd = day.AddDays(_random.Next(minDays, maxDays));
        Allocate(child, day.AddDays(1), PickWorker(area, day), Recorded(ChangeReason.TSPROC, day));
    }

    /// <summary>A step up or down (CIN to CP and back) stays with the same worker: a new allocation row, no change of worker.</summary>
    private void ChangeType(SampleChild child, CaseType type, DateOnly day, int days)
    {
        var worker = child.Worker;
        EndAllocation(child, day);
        child.CaseType = type;
        child.PhaseEnd = day.AddDays(days);
        Allocate(child, day.AddDays(1), worker ?? PickWorker(child.Area!, day));
    }

    private void Reallocate(SampleChild child, DateOnly day, ChangeReason reason)
    {
        EndAllocation(child, day);
        Allocate(child, day.AddDays(1), PickWorker(child.Area!, day), Recorded(reason, day));
    }

    /// <summary>
    /// Whether the case system recorded the reason: about a fifth of changes in 2019, rising to four in five by 2026 as
    /// the council's recording improved (its own random source, so the simulation is the same with or without it).
    /// </summary>
    private ChangeReason? Recorded(ChangeReason reason, DateOnly day)
    {
        var share = Math.Clamp(0.2 + (0.6 * (day.Year - 2019) / 7.0), 0.2, 0.8);
        return _recording.NextDouble() < share ? reason : null;
    }

    private void Close(SampleChild child, DateOnly day)
    {
        EndAllocation(child, day);
        child.Area = null;
        child.LastClosed = day;
        _recentlyClosed.Add(child);
    }

    private static void Allocate(SampleChild child, DateOnly day, SampleSpell? worker, ChangeReason? reason = null)
    {
        child.Worker = worker;
        child.AllocatedFrom = day;
        child.AllocationReason = reason;
        if (worker is not null)
        {
            worker.Children.Add(child);
            worker.Load++;
        }
    }

    private void EndAllocation(SampleChild child, DateOnly day)
    {
        if (child.Worker is not { } worker)
        {
            return;
        }

        var end = day < child.AllocatedFrom ? child.AllocatedFrom : day;
        Allocations.Add(new SampleAllocation(child.Id, worker.Worker.Id, child.AllocatedFrom, end, child.CaseType, child.AllocationReason));
        worker.Children.Remove(child);
        worker.Load--;
        child.Worker = null;
    }

    /// <summary>The least-loaded of four case holders drawn from the area (relative to capacity), so teams differ a little.</summary>
    private SampleSpell? PickWorker(string area, DateOnly day)
    {
        var candidates = _workforce.ActiveCaseHolders(area);
        if (candidates.Count == 0)
        {
            return null;
        }

        return Enumerable.Range(0, 4).Select(_ => candidates[_random.Next(candidates.Count)])
            .MinBy(s => s.Load / s.Capacity(day));
    }

    /// <summary>Allocations still open at the extract date are written with a blank end date.</summary>
    public void WriteOpenAllocations()
    {
        foreach (var child in _open.Where(c => c.Worker is not null))
        {
            Allocations.Add(new SampleAllocation(child.Id, child.Worker!.Worker.Id, child.AllocatedFrom, null, child.CaseType, child.AllocationReason));
        }
    }

    private SampleChild NewChild() => new("C" + (++_nextChild).ToString("0000000", CultureInfo.InvariantCulture));

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= _random.NextDouble();
            count++;
        }

        return count;
    }
}

using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>A child in the synthetic council and the state of their current episode.</summary>
internal sealed class SampleChild(string id)
{
    public string Id { get; } = id;

    public bool IsOpen => Area is not null;

    /// <summary>Whether the child is in the simulation's list of open children (removed lazily once closed).</summary>
    public bool Listed { get; set; }

    /// <summary>The service area holding the case, or null when the child has no open case.</summary>
    public string? Area { get; set; }

    public CaseType CaseType { get; set; }

    /// <summary>The day the current phase (assessment, plan, care episode) ends.</summary>
    public DateOnly PhaseEnd { get; set; }

    public DateOnly? LastClosed { get; set; }

    /// <summary>The allocation open now: its worker's spell and the day it started.</summary>
    public SampleSpell? Worker { get; set; }

    public DateOnly AllocatedFrom { get; set; }

    /// <summary>The change reason recorded on the current allocation (null: not recorded, or not a change).</summary>
    public ChangeReason? AllocationReason { get; set; }
}

namespace WorkforceInsights.Core.Disclosure;

/// <summary>Whether a figure may be shown, and if not how it reads instead (<see cref="SmallNumbers"/>).</summary>
public enum Withheld
{
    /// <summary>Shown as it is.</summary>
    None,

    /// <summary>A count from 1 to 4 (or an FTE above 0 and below 5), written "&lt;5".</summary>
    SmallCount,

    /// <summary>A rate, share or average over a small count, or a part withheld so a small one cannot be worked back: written "suppressed".</summary>
    Suppressed,
}

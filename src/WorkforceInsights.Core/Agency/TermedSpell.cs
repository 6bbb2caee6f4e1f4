using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Agency;

/// <summary>A spell with its agency columns: the input of the agency register and return.</summary>
public sealed record TermedSpell(WorkerSpell Spell, AgencyTerms Terms);

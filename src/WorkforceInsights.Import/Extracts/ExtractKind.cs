namespace WorkforceInsights.Import.Extracts;

/// <summary>The extract files, in the order they load: each refers only to kinds before it.</summary>
public enum ExtractKind
{
    Teams,
    Workers,
    Establishment,
    Allocations,
    Referrals,
}

using WorkforceInsights.Core.Codes;

namespace WorkforceInsights.Core.Teams;

/// <summary>Funded FTE for one team and role, from establishment.csv.</summary>
public sealed record EstablishmentPost(string TeamCode, Role Role, decimal EstablishmentFte);

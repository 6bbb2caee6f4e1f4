namespace WorkforceInsights.Core.Teams;

/// <summary>A team, from teams.csv.</summary>
public sealed record Team(string TeamCode, string TeamName, string ServiceArea, string? Locality);

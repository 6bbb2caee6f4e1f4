namespace WorkforceInsights.Core.Children;

/// <summary>A referral to children's social care.</summary>
public sealed record Referral(string ReferralId, string ChildId, DateOnly ReferralDate, string? Source);

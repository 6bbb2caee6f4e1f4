namespace WorkforceInsights.Core.Children;

/// <summary>
/// A referral to children's social care, as the metrics see it. Its referral_id is checked for uniqueness when the
/// extract loads, but no figure depends on it, so the refresh does not hold 400,000 of them in memory.
/// </summary>
public sealed record Referral(string ChildId, DateOnly ReferralDate, string? Source);

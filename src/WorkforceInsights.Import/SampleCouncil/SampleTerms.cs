namespace WorkforceInsights.Import.SampleCouncil;

/// <summary>The agency columns of one synthetic spell (blank where null).</summary>
internal sealed record SampleTerms(string? SweNumber, string? AgencyName, decimal? HourlyRate, int? NoticeWeeks, int? References, DateOnly? CapBreachSignedOff);

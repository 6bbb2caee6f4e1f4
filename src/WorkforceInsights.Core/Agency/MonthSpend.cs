namespace WorkforceInsights.Core.Agency;

/// <summary>One calendar month's estimated agency spend (<see cref="AgencySpend"/>).</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="To">The last day counted: the month's end, or the day looked at when it falls inside the month.</param>
/// <param name="Estimate">Pounds, unrounded.</param>
/// <param name="WorkersCharged">Agency social workers in post in the month with an hourly rate (what the estimate adds up).</param>
/// <param name="WorkersWithoutRate">Agency social workers in post in the month with no hourly rate (left out of the estimate).</param>
public sealed record MonthSpend(DateOnly Month, DateOnly To, decimal Estimate, int WorkersCharged, int WorkersWithoutRate);

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// The employed social-worker starters in band ASYE who started in the year to 30 September <paramref name="Year"/>
/// (forecast.md, "Early-career cohorts"). Retained shares are percentages, null until every starter of the cohort has
/// reached the date by E.
/// </summary>
/// <param name="AverageCaseloadByMonth">Cases over case-holder FTE of the cohort at each starter's 1st..12th month end after their start; null where none held cases or the month is after E.</param>
/// <param name="AboveAsyeTarget">Starters who held more cases than the ASYE caseload target at any month end of their first year (up to E).</param>
public sealed record EarlyCareerCohort(
    int Year,
    int Starters,
    double StartersFte,
    double? Retained12,
    double? Retained24,
    double? Retained36,
    IReadOnlyList<double?> AverageCaseloadByMonth,
    int AboveAsyeTarget);

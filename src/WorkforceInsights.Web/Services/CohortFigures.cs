using WorkforceInsights.Charts;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The early-career cohorts as the Plan page's chart, table and CSV show them. A cohort is a group of people, so where
/// the small-numbers rule applies (downloads; a user without worker-level rights) a cohort of 1 to 4 starters reads
/// "&lt;5" with its FTE, its shares and averages "suppressed", and a retained share over 1 to 4 people is suppressed too.
/// A share whose date has not come reads "not yet".
/// </summary>
public static class CohortFigures
{
    public const string ChartTitle = "Early-career cohorts: still employed 12, 24 and 36 months after starting";

    /// <summary>A cohort's row, every figure as text.</summary>
    public sealed record Row(int Year, string Starters, string StartersFte, IReadOnlyList<string> Retained, IReadOnlyList<string> CaseloadByMonth, string AboveAsyeTarget);

    /// <param name="raw">Figures unrounded and without units, as a CSV writes them (empty where there is no data); else as the page reads them.</param>
    public static IReadOnlyList<Row> Rows(IReadOnlyList<EarlyCareerCohort> cohorts, bool withhold, bool raw = false) =>
        [.. cohorts.Select(c => RowOf(c, withhold, raw ? (v, _) => Figures.Raw(v) : FigureText.Format))];

    public static ChartSpec Chart(IReadOnlyList<EarlyCareerCohort> cohorts, bool withhold)
    {
        var rows = Rows(cohorts, withhold);
        ChartSeries Series(int index, int months) => new(
            $"retained{months}", $"Still employed {months} months on", MetricUnit.Percent,
            [.. cohorts.Select((c, i) => rows[i].Retained[index] is FigureText.NotYet or SmallNumbers.SuppressedText ? null : Retained(c)[index])],
            Notes: [.. rows.Select(r => r.Retained[index] is FigureText.NotYet or SmallNumbers.SuppressedText ? r.Retained[index] : null)]);
        return new ChartSpec(
            ChartTitle,
            ChartKind.Bar,
            "Cohort (ASYE starters in the year to 30 September)",
            [.. cohorts.Select(c => new ChartCategory(c.Year.ToString(FigureText.Culture), c.Year.ToString(FigureText.Culture)))],
            [Series(0, 12), Series(1, 24), Series(2, 36)]);
    }

    private static double?[] Retained(EarlyCareerCohort c) => [c.Retained12, c.Retained24, c.Retained36];

    private static Row RowOf(EarlyCareerCohort c, bool withhold, Func<double?, MetricUnit, string> text)
    {
        var starters = withhold ? SmallNumbers.Count(c.Starters) : Withheld.None;
        string Share(double? share)
        {
            if (share is not { } s)
            {
                return FigureText.NotYet;
            }

            // The people still employed: a share over 1 to 4 of them is withheld as its count would be.
            var over = withhold && (starters != Withheld.None || SmallNumbers.IsSmall(Math.Round(s * c.Starters / 100)));
            return over ? SmallNumbers.SuppressedText : text(s, MetricUnit.Percent);
        }

        string Average(double? caseload) => starters != Withheld.None ? SmallNumbers.SuppressedText : text(caseload, MetricUnit.CasesPerFte);
        return new Row(
            c.Year,
            SmallNumbers.Text(starters) ?? text(c.Starters, MetricUnit.Workers),
            SmallNumbers.Text(starters) ?? text(c.StartersFte, MetricUnit.Fte),
            [.. Retained(c).Select(Share)],
            [.. c.AverageCaseloadByMonth.Select(Average)],
            SmallNumbers.Text(withhold ? SmallNumbers.Count(c.AboveAsyeTarget) : Withheld.None) ?? text(c.AboveAsyeTarget, MetricUnit.Workers));
    }
}

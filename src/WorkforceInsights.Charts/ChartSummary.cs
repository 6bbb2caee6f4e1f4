namespace WorkforceInsights.Charts;

/// <summary>
/// The one-sentence text summary beside every chart (WCAG: a reader who cannot see the picture gets its
/// message first, and the full numbers in the table): the latest value, the change and the range of a
/// trend; the highest and lowest group of a breakdown.
/// </summary>
public static class ChartSummary
{
    public static string Describe(ChartSpec spec)
    {
        var parts = spec.Series.Where(s => !s.MarkersOnly && !s.BandEdge && (!s.DrawAsLine || spec.Kind != ChartKind.Bar || spec.Series.Count == 1))
            .Select(s => spec.Kind == ChartKind.Bar ? DescribeBars(spec, s) : DescribeTrend(spec, s))
            .Concat(DescribeBands(spec))
            .Concat(spec.Targets.Select(t => t.Describe()));
        var sentence = string.Join("; ", parts);
        if (spec.Target is { } target)
        {
            sentence += $"; target {FigureText.Format(target, spec.Series[0].Unit)}";
        }

        return sentence + "." + (spec.HasWithheldPoints ? " " + ChartSpec.WithheldNote : string.Empty);
    }

    private static string DescribeTrend(ChartSpec spec, ChartSeries series)
    {
        var points = Points(spec, series);
        var shortHistory = series.Notes?.Any(n => n == FigureText.FewerThanAYear) == true;
        if (series.Notes is { Count: > 0 } notes && FigureText.IsWithheld(notes[^1]))
        {
            // The latest point is withheld: the summary says so rather than read an earlier one as the latest.
            return $"{series.Name}: {NoPoints(series)} in {spec.Categories[^1].Label}";
        }

        if (points.Count == 0)
        {
            return $"{series.Name}: {NoPoints(series)}";
        }

        var (firstLabel, first) = points[0];
        var (lastLabel, last) = points[^1];
        var change = last - first;
        var movement = points.Count == 1 ? string.Empty
            : Math.Abs(change) < 1e-9 ? $", unchanged since {firstLabel}"
            : $", {(change > 0 ? "up" : "down")} {FigureText.Difference(change, series.Unit)} since {firstLabel}";
        var range = points.Count == 1 ? string.Empty
            : $", ranging from {FigureText.Format(points.Min(p => p.Value), series.Unit)} to {FigureText.Format(points.Max(p => p.Value), series.Unit)}";
        var before = shortHistory ? $" ({FigureText.FewerThanAYear} before {firstLabel})" : string.Empty;
        return $"{series.Name}: {FigureText.Format(last, series.Unit)} in {lastLabel}{movement}{range}{before}";
    }

    /// <summary>An interval at its last point, e.g. "80% interval in Oct 2028: 313.7 to 331.2".</summary>
    private static IEnumerable<string> DescribeBands(ChartSpec spec)
    {
        for (var i = 0; i + 1 < spec.Series.Count; i++)
        {
            var (low, high) = (spec.Series[i], spec.Series[i + 1]);
            if (!low.BandEdge || !high.BandEdge)
            {
                continue;
            }

            var last = Enumerable.Range(0, low.Values.Count).LastOrDefault(c => low.Values[c] is not null && high.Values[c] is not null, -1);
            if (last >= 0)
            {
                yield return $"{ChartBand.BandName(low.Name)} in {spec.Categories[last].Label}: {FigureText.Format(low.Values[last], low.Unit)} to {FigureText.Format(high.Values[last], high.Unit)}";
            }

            i++;
        }
    }

    private static string DescribeBars(ChartSpec spec, ChartSeries series)
    {
        var points = Points(spec, series);
        if (points.Count == 0)
        {
            return $"{series.Name}: {NoPoints(series)}";
        }

        var highest = points.MaxBy(p => p.Value);
        var lowest = points.MinBy(p => p.Value);
        return points.Count == 1
            ? $"{series.Name}: {FigureText.Format(highest.Value, series.Unit)} for {highest.Label}"
            : $"{series.Name}: highest {highest.Label} ({FigureText.Format(highest.Value, series.Unit)}), lowest {lowest.Label} ({FigureText.Format(lowest.Value, series.Unit)})";
    }

    private static string NoPoints(ChartSeries series) =>
        series.Notes?.Any(FigureText.IsWithheld) == true ? "withheld (small numbers)"
        : series.Notes?.Any(n => n == FigureText.FewerThanAYear) == true ? FigureText.FewerThanAYear
        : series.Notes?.Any(n => n == FigureText.NotYet) == true ? FigureText.NotYet
        : "no data";

    private static List<(string Label, double Value)> Points(ChartSpec spec, ChartSeries series) =>
        [.. series.Values.Select((v, i) => (spec.Categories[i].Label, v)).Where(p => p.v is not null).Select(p => (p.Label, p.v!.Value))];
}

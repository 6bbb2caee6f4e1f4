using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace WorkforceInsights.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with ScottPlot, on the server: SVG to inline in a page (in the first HTML
/// response, never half-drawn), SVG and PNG to download, PNG for documents. Pages never touch ScottPlot.
/// </summary>
public static partial class ChartRenderer
{
    /// <summary>Chosen explicitly (it is on the Debian image) so charts look the same on every machine.</summary>
    public const string FontName = "DejaVu Sans";

    public const int Width = 760;
    public const int Height = 320;

    /// <summary>The Okabe-Ito palette: told apart by readers with any common colour-vision deficiency.</summary>
    private static readonly Color[] s_palette =
        [Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"), Color.FromHex("#E69F00"), Color.FromHex("#56B4E9")];

    /// <summary>Lines differ by dash pattern as well as colour, so colour is never the only signal.</summary>
    private static readonly LinePattern[] s_patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    private static readonly Color s_targetColour = Color.FromHex("#1B1B1B");

    /// <summary>Markers differ by shape as well as colour (published benchmarks over a trend).</summary>
    private static readonly MarkerShape[] s_markers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle, MarkerShape.OpenSquare];

    /// <summary>
    /// An SVG element to inline in HTML: no XML prolog, scalable (viewBox), ids made unique with
    /// <paramref name="idPrefix"/> (several charts share one page), and an accessible name from the elements
    /// whose ids are given.
    /// </summary>
    public static string Svg(ChartSpec spec, string idPrefix, string labelledBy, int width = Width, int height = Height)
    {
        // The page's heading names the chart, so the inlined picture does not repeat it; files and documents do.
        var svg = Build(spec, drawTitle: false).GetSvgXml(width, height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        svg = ClipId().Replace(svg, m => m.Groups[1].Value + idPrefix + m.Groups[2].Value);
        return SvgRoot().Replace(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 {width} {height}\" role=\"img\" focusable=\"false\" aria-labelledby=\"{labelledBy}\" class=\"wi-chart-svg\">", 1);
    }

    /// <summary>A standalone SVG file (for download), with its title inside for viewers that show one.</summary>
    public static string SvgFile(ChartSpec spec, int width = Width, int height = Height) =>
        Build(spec).GetSvgXml(width, height);

    public static byte[] Png(ChartSpec spec, int width = Width, int height = Height) =>
        Build(spec).GetImageBytes(width, height, ImageFormat.Png);

    private static Plot Build(ChartSpec spec, bool drawTitle = true)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        if (spec.Kind == ChartKind.Sparkline)
        {
            AddLines(plot, spec, legend: false);
            plot.Axes.Frameless();
            plot.HideGrid();
            return plot;
        }

        if (drawTitle)
        {
            plot.Title(spec.Title, size: 15);
        }

        // Room for the last month's label, which sits on the right edge.
        plot.Axes.Right.MinimumSize = 36;
        var horizontal = IsHorizontal(spec);
        // A chart that leaves withheld points out says so under itself, in the picture as on the page.
        var bottomLabel = horizontal ? spec.ValueAxisLabel : spec.CategoryHeading;
        plot.XLabel(spec.HasWithheldPoints ? $"{bottomLabel}. {ChartSpec.WithheldNote}" : bottomLabel, size: 13);
        plot.YLabel(horizontal ? spec.CategoryHeading : spec.ValueAxisLabel, size: 13);
        if (spec.Kind == ChartKind.Bar)
        {
            AddBars(plot, spec, horizontal);
        }
        else
        {
            AddLines(plot, spec, legend: true);
        }

        ChartTargets.Draw(plot, spec);
        if (spec.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target, width: 1.5f, color: s_targetColour, pattern: LinePattern.Dotted);
            line.LegendText = "Target " + FigureText.Format(target, spec.Series[0].Unit);
        }

        SetCategoryTicks(plot, spec, horizontal);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static void AddLines(Plot plot, ChartSpec spec, bool legend)
    {
        // An interval's low edge and the high edge after it are one shaded band, drawn first so the lines lie over it.
        for (var i = 0; i + 1 < spec.Series.Count; i++)
        {
            if (spec.Series[i].BandEdge && spec.Series[i + 1].BandEdge)
            {
                ChartBand.Draw(plot, spec.Series[i], spec.Series[++i], legend);
            }
        }

        var lines = 0;
        var markers = 0;
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            if (series.BandEdge)
            {
                continue;
            }

            if (series.MarkersOnly)
            {
                AddMarkers(plot, series, s_palette[(i + 2) % s_palette.Length], s_markers[markers++ % s_markers.Length], legend);
                continue;
            }

            AddLine(plot, series.Values, s_palette[lines % s_palette.Length], s_patterns[lines % s_patterns.Length], legend ? series.Name : null);
            lines++;
        }
    }

    private static void AddMarkers(Plot plot, ChartSeries series, Color colour, MarkerShape shape, bool legend)
    {
        var points = series.Values.Select((v, i) => (v, i)).Where(p => p.v is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.ScatterPoints(points.Select(p => (double)p.i).ToArray(), points.Select(p => p.v!.Value).ToArray(), colour);
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 9;
        scatter.LegendText = legend ? series.Name : string.Empty;
    }

    /// <summary>One line per unbroken run of values: "no data" is a gap, never 0. A lone point shows as a dot.</summary>
    private static void AddLine(Plot plot, IReadOnlyList<double?> values, Color colour, LinePattern pattern, string? legend)
    {
        var runs = Runs(values);
        foreach (var (run, index) in runs.Select((r, i) => (r, i)))
        {
            var scatter = plot.Add.ScatterLine(run.Select(p => (double)p.Index).ToArray(), run.Select(p => p.Value).ToArray(), colour);
            scatter.LineWidth = 2.5f;
            scatter.LinePattern = pattern;
            scatter.MarkerSize = run.Count == 1 ? 6 : 0;
            scatter.MarkerShape = MarkerShape.FilledCircle;
            scatter.MarkerColor = colour;
            if (index == 0 && legend is not null)
            {
                scatter.LegendText = legend;
            }
        }

        if (runs.Count == 0 && legend is not null)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend + " (no data)", LineColor = colour, LinePattern = pattern, LineWidth = 2.5f });
        }
    }

    private static List<List<(int Index, double Value)>> Runs(IReadOnlyList<double?> values)
    {
        var runs = new List<List<(int, double)>>();
        List<(int, double)>? current = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                current ??= [];
                current.Add((i, v));
            }
            else if (current is not null)
            {
                runs.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            runs.Add(current);
        }

        return runs;
    }

    /// <summary>
    /// A breakdown's groups (leaving reasons, case types) have long names: they read best as horizontal bars,
    /// first group at the top. A bar per worker, with a threshold line over it, stays upright.
    /// </summary>
    private static bool IsHorizontal(ChartSpec spec) =>
        spec.Kind == ChartKind.Bar && spec.Series.All(s => !s.DrawAsLine) && spec.Categories.Count <= 20;

    private static void AddBars(Plot plot, ChartSpec spec, bool horizontal)
    {
        var barSeries = spec.Series.Where(s => !s.DrawAsLine).ToList();
        var width = 0.8 / Math.Max(1, barSeries.Count);
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var colour = s_palette[i % s_palette.Length];
            if (series.DrawAsLine)
            {
                AddLine(plot, series.Values, s_targetColour, LinePattern.Solid, series.Name);
                continue;
            }

            // Within a group, the series' bars in order: left to right, or top to bottom when horizontal.
            var slot = barSeries.IndexOf(series);
            var offset = -0.4 + width * (slot + 0.5);
            var bars = series.Values.Select((v, c) => (v, c)).Where(p => p.v is not null)
                .Select(p => new Bar
                {
                    Position = horizontal ? CategoryPosition(spec, p.c, true) - offset : p.c + offset,
                    Value = p.v!.Value,
                    Size = width * 0.95,
                    FillColor = colour,
                    LineWidth = 0,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                })
                .ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
        }

        if (horizontal)
        {
            plot.Axes.Margins(left: 0);
        }
        else
        {
            plot.Axes.Margins(bottom: 0);
        }
    }

    private static double CategoryPosition(ChartSpec spec, int category, bool horizontal) =>
        horizontal ? spec.Categories.Count - 1 - category : category;

    /// <summary>
    /// Category labels beside their points, at most a readable number of them. A bar per case holder has too many to
    /// label: the table names them.
    /// </summary>
    private static void SetCategoryTicks(Plot plot, ChartSpec spec, bool horizontal)
    {
        var count = spec.Categories.Count;
        var axis = horizontal ? (ScottPlot.IAxis)plot.Axes.Left : plot.Axes.Bottom;
        if (spec.Kind == ChartKind.Bar && !horizontal && count > 12)
        {
            axis.SetTicks([], []);
        }
        else
        {
            var shown = LabelledCategories(spec);
            axis.SetTicks([.. shown.Select(c => CategoryPosition(spec, c, horizontal))], [.. shown.Select(c => spec.Categories[c].Label)]);
        }

        if (horizontal)
        {
            plot.Axes.SetLimitsY(-0.6, count - 0.4);
        }
        else
        {
            plot.Axes.SetLimitsX(-0.6, count - 0.4);
        }
    }

    /// <summary>The most month labels ("Sep 2024") that fit along the chart without touching.</summary>
    public const int MostMonthLabels = 8;

    /// <summary>
    /// Which categories get a label. A short monthly range labels every month; a longer one labels the same months of
    /// each year (each quarter from the year's end, or each half year, or each year end), so a reader's eye finds the
    /// year ends at a steady step. Other lines fall back to every n-th point, read back from the latest so the
    /// reporting date keeps its label.
    /// </summary>
    public static int[] LabelledCategories(ChartSpec spec)
    {
        var count = spec.Categories.Count;
        if (spec.Kind != ChartKind.Line || count <= MostMonthLabels)
        {
            return [.. Enumerable.Range(0, count)];
        }

        if (spec.YearMark is { } yearEnd)
        {
            var months = spec.Categories
                .Select(c => DateOnly.TryParseExact(c.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.Month : 0)
                .ToArray();
            foreach (var stride in (int[])[3, 6, 12])
            {
                var marked = Enumerable.Range(0, count).Where(i => months[i] > 0 && (months[i] - yearEnd + 12) % stride == 0).ToArray();
                if (marked.Length is > 0 and <= MostMonthLabels)
                {
                    return marked;
                }
            }
        }

        var step = (int)Math.Ceiling(count / (double)MostMonthLabels);
        return [.. Enumerable.Range(0, count).Where(i => (count - 1 - i) % step == 0)];
    }

    [GeneratedRegex("(id=\"|url\\(#)(cl_[0-9]+)")]
    private static partial Regex ClipId();

    [GeneratedRegex("^<svg[^>]*>")]
    private static partial Regex SvgRoot();
}

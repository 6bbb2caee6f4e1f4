using ScottPlot;

namespace WorkforceInsights.Charts;

/// <summary>
/// A chart's dated targets as markers: a filled diamond on track, a cross off track, each labelled with the words
/// beside it, so whether a target will be met never rests on colour alone.
/// </summary>
internal static class ChartTargets
{
    private static readonly Color s_onTrack = Color.FromHex("#009E73");
    private static readonly Color s_offTrack = Color.FromHex("#1B1B1B");
    private static readonly Color s_noData = Color.FromHex("#5F5F5F");

    public static void Draw(Plot plot, ChartSpec spec)
    {
        var drawn = spec.Targets
            .Select(t => (Target: t, Index: IndexOf(spec, t.CategoryKey)))
            .Where(t => t.Index >= 0).ToList();
        foreach (var group in drawn.GroupBy(t => t.Target.OnTrack))
        {
            var (shape, colour, name) = group.Key switch
            {
                true => (MarkerShape.FilledDiamond, s_onTrack, "Target, " + ChartTargetPoint.OnTrackText),
                false => (MarkerShape.Eks, s_offTrack, "Target, " + ChartTargetPoint.OffTrackText),
                null => (MarkerShape.OpenCircle, s_noData, "Target, no data"),
            };
            var markers = plot.Add.ScatterPoints(group.Select(t => (double)t.Index).ToArray(), group.Select(t => t.Target.Value).ToArray(), colour);
            markers.MarkerShape = shape;
            markers.MarkerSize = 13;
            markers.MarkerLineWidth = 2.5f;
            markers.LegendText = name;
            foreach (var (target, index) in group)
            {
                var label = plot.Add.Text(target.Status, index, target.Value);
                label.LabelFontName = ChartRenderer.FontName;
                label.LabelFontSize = 12;
                label.LabelFontColor = colour;
                label.LabelBold = true;
                label.LabelAlignment = Alignment.LowerCenter;
                label.OffsetY = -10;
            }
        }

        if (drawn.Count > 0)
        {
            // Scaled to every line and marker, with room above the highest marker for its label.
            plot.Axes.Margins(top: 0.25);
        }
    }

    private static int IndexOf(ChartSpec spec, string? key)
    {
        for (var i = 0; key is not null && i < spec.Categories.Count; i++)
        {
            if (spec.Categories[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}

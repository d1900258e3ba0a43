using ScottPlot;

namespace WearableAI.Training.Eval;

/// <summary>PNG figures of an evaluation (ScottPlot, rendered headless with SkiaSharp): the DET curves of all tiers, a DET per engine family for each tier, and a confusion matrix per tier.</summary>
public static class EvalPlots
{
    /// <summary>Writes <c>det.png</c>, <c>det-families-&lt;tier&gt;.png</c> and <c>confusion-&lt;tier&gt;.png</c> into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, IEnumerable<TierReport> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        TierReport[] all = tiers.ToArray();
        string det = Path.Combine(folder, "det.png");
        WriteDet(det, all.Where(t => t.Det is { Count: > 0 }));
        written.Add(det);
        foreach (TierReport tier in all.Where(t => t.Families is { } f && f.Any(g => g.Det is { Count: > 0 })))
        {
            string path = Path.Combine(folder, $"det-families-{tier.Name}.png");
            WriteFamilyDet(path, tier);
            written.Add(path);
        }

        foreach (TierReport tier in all.Where(t => t.Confusion != null && t.ConfusionLabels != null))
        {
            string path = Path.Combine(folder, $"confusion-{tier.Name}.png");
            WriteConfusion(path, tier);
            written.Add(path);
        }

        return written;
    }

    private static void WriteDet(string path, IEnumerable<TierReport> tiers)
    {
        var plot = new Plot();
        foreach (TierReport tier in tiers)
        {
            DetPoint[] points = tier.Det!.OrderBy(p => p.FalseAcceptsPerHour).ThenByDescending(p => p.MissRate).ToArray();
            var line = plot.Add.Scatter(points.Select(p => p.FalseAcceptsPerHour).ToArray(), points.Select(p => p.MissRate * 100).ToArray());
            line.LegendText = tier.Name;
            line.MarkerSize = 3;
            if (tier.FalseAcceptsPerHour is double fa && tier.WakeMissRate is double miss)
            {
                var operating = plot.Add.Marker(fa, miss * 100, MarkerShape.OpenCircle, 10, line.Color);
                operating.LegendText = $"{tier.Name} operating point";
            }
        }

        var budget = plot.Add.Marker(0.5, 5, MarkerShape.Cross, 12, Colors.Red);
        budget.LegendText = "cascade budget (≤ 5 % at ≤ 0.5 FA/h)";
        plot.Title("DET: wake miss rate vs false accepts per hour");
        plot.XLabel("false accepts per hour (background + negative clips)");
        plot.YLabel("wake miss rate (%)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 600);
    }

    private static void WriteFamilyDet(string path, TierReport tier)
    {
        var plot = new Plot();
        foreach (GroupFigures family in tier.Families!.Where(g => g.Det is { Count: > 0 }))
        {
            DetPoint[] points = family.Det!.OrderBy(p => p.FalseAcceptsPerHour).ThenByDescending(p => p.MissRate).ToArray();
            var line = plot.Add.Scatter(points.Select(p => p.FalseAcceptsPerHour).ToArray(), points.Select(p => p.MissRate * 100).ToArray());
            line.LegendText = $"{family.Name} ({family.WakeClips} wake clips)";
            line.MarkerSize = 3;
            if (tier.FalseAcceptsPerHour is double fa && family.WakeMissRate is double miss)
            {
                plot.Add.Marker(fa, miss * 100, MarkerShape.OpenCircle, 10, line.Color);
            }
        }

        var budget = plot.Add.Marker(0.5, 5, MarkerShape.Cross, 12, Colors.Red);
        budget.LegendText = "cascade budget (≤ 5 % at ≤ 0.5 FA/h)";
        plot.Title($"DET per engine family: {tier.Name} (circle: operating point)");
        plot.XLabel("false accepts per hour (background + negative clips, all families)");
        plot.YLabel("wake miss rate (%)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 600);
    }

    private static void WriteConfusion(string path, TierReport tier)
    {
        int[][] counts = tier.Confusion!;
        int n = counts.Length;
        var values = new double[n, n];
        for (int r = 0; r < n; r++)
        {
            int total = Math.Max(1, counts[r].Sum());
            for (int c = 0; c < n; c++) values[r, c] = counts[r][c] / (double)total;
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Extent = new CoordinateRect(0, n, 0, n);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                var text = plot.Add.Text(counts[r][c].ToString(System.Globalization.CultureInfo.InvariantCulture), c + 0.5, n - r - 0.5);
                text.LabelFontColor = values[r, c] > 0.5 ? Colors.Black : Colors.White;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = n > 6 ? 10 : 14;
            }
        }

        double[] positions = Enumerable.Range(0, n).Select(i => i + 0.5).ToArray();
        string[] labels = tier.ConfusionLabels!.ToArray();
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.SetTicks(positions.Select(p => n - p).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Title($"{tier.Name}: confusion (rows true, columns predicted; colour = row share)");
        plot.XLabel("predicted");
        plot.YLabel("true");
        plot.Axes.SetLimits(0, n, 0, n);
        plot.SavePng(path, 800, 760);
    }
}

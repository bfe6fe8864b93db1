namespace Scorecard.Measures.Publishing;

/// <summary>A published cell as suppression sees it: how big it is and whether it is withheld.</summary>
public sealed class SuppressionCell(int size, bool hidden)
{
    /// <summary>What "smallest" means when another cell must be hidden: a count, or a percentage's denominator.</summary>
    public int Size { get; } = size;
    public bool Hidden { get; set; } = hidden;
}

/// <summary>
/// Parts published beside their total: the teams of a locality, the localities of the authority, the values of a
/// breakdown of one unit, a unit's numerator split by grade. A reader can take the visible parts from the total.
/// </summary>
public sealed record SuppressionGroup(SuppressionCell Total, IReadOnlyList<SuppressionCell> Parts)
{
    public IEnumerable<SuppressionCell> Cells => Parts.Prepend(Total);
}

/// <summary>
/// Secondary suppression: after the small numbers are hidden, no hidden cell may be worked out from the visible
/// cells and totals. When a group would have exactly one hidden cell, the next-smallest part is hidden too (the
/// total when no part is left); and since two hidden cells in every group can still leave one fixed by the groups
/// taken together (a cell between two groups that each have it and one other), the groups are then solved as
/// equations and any cell they fix gets a companion too, until none is fixed.
/// </summary>
public static class SecondarySuppression
{
    public static void Apply(IReadOnlyList<SuppressionGroup> groups)
    {
        if (!groups.Any(g => g.Cells.Any(c => c.Hidden))) return;
        while (true)
        {
            var changed = false;
            foreach (var group in groups)
                if (group.Cells.Count(c => c.Hidden) == 1) changed |= HideNextSmallest(group);
            if (changed) continue;

            var fixedCell = Determined(groups).FirstOrDefault();
            if (fixedCell is null) return;
            // A group of the fixed cell with something left to hide; failing that, any group still half hidden.
            var companion = groups.FirstOrDefault(g => g.Cells.Contains(fixedCell) && g.Cells.Any(c => !c.Hidden))
                ?? groups.FirstOrDefault(g => g.Cells.Any(c => c.Hidden) && g.Cells.Any(c => !c.Hidden));
            if (companion is null || !HideNextSmallest(companion)) return;
        }
    }

    /// <summary>Hides the smallest visible part (a part with something in it before an empty one), or the total when no part is visible.</summary>
    private static bool HideNextSmallest(SuppressionGroup group)
    {
        var next = group.Parts.Where(p => !p.Hidden).OrderBy(p => p.Size == 0).ThenBy(p => p.Size).FirstOrDefault()
            ?? (group.Total.Hidden ? null : group.Total);
        if (next is null) return false;
        next.Hidden = true;
        return true;
    }

    /// <summary>
    /// The hidden cells the groups fix, read as equations (total = sum of parts, visible cells known): a hidden
    /// cell is fixed when its unit vector lies in the row space of the equations over the hidden cells, which
    /// after reduction to row echelon form means some row is nonzero in its column alone.
    /// </summary>
    public static List<SuppressionCell> Determined(IReadOnlyList<SuppressionGroup> groups)
    {
        var hidden = groups.SelectMany(g => g.Cells).Where(c => c.Hidden).Distinct().ToList();
        if (hidden.Count == 0) return [];
        var column = hidden.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var rows = new List<double[]>();
        foreach (var g in groups)
        {
            if (!g.Cells.Any(c => c.Hidden)) continue;
            var row = new double[hidden.Count];
            if (g.Total.Hidden) row[column[g.Total]] += 1;
            foreach (var p in g.Parts.Where(p => p.Hidden)) row[column[p]] -= 1;
            rows.Add(row);
        }

        const double Tiny = 1e-9;
        var pivotRow = 0;
        var pivots = new List<(int Row, int Column)>();
        for (var col = 0; col < hidden.Count && pivotRow < rows.Count; col++)
        {
            var best = -1;
            for (var r = pivotRow; r < rows.Count; r++)
                if (Math.Abs(rows[r][col]) > Tiny && (best < 0 || Math.Abs(rows[r][col]) > Math.Abs(rows[best][col]))) best = r;
            if (best < 0) continue;
            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow];
            var scale = pivot[col];
            for (var k = 0; k < pivot.Length; k++) pivot[k] /= scale;
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == pivotRow || Math.Abs(rows[r][col]) <= Tiny) continue;
                var factor = rows[r][col];
                var target = rows[r];
                for (var k = 0; k < target.Length; k++) target[k] -= factor * pivot[k];
            }
            pivots.Add((pivotRow, col));
            pivotRow++;
        }
        return pivots.Where(p => rows[p.Row].Where((v, k) => k != p.Column).All(v => Math.Abs(v) <= Tiny)).Select(p => hidden[p.Column]).ToList();
    }
}

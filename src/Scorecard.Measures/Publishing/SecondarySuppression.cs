namespace Scorecard.Measures.Publishing;

/// <summary>A published cell as suppression sees it: its numerator and denominator, and whether it is withheld.</summary>
public sealed class SuppressionCell(int numerator, int? denominator, bool hidden)
{
    public int Numerator { get; } = numerator;
    /// <summary>A percentage's denominator; null for a count.</summary>
    public int? Denominator { get; } = denominator;
    public bool Hidden { get; set; } = hidden;

    /// <summary>What "smallest" means when another cell must be hidden: a count, or a percentage's denominator.</summary>
    public int Size => Denominator ?? Numerator;
}

/// <summary>
/// Parts published beside their total: the teams of a locality, the localities of the authority, the values of a
/// breakdown of one unit, a unit's numerator split by grade. A reader can take the visible parts from the total
/// wherever the parts add up to it.
/// </summary>
public sealed record SuppressionGroup(SuppressionCell Total, IReadOnlyList<SuppressionCell> Parts)
{
    public IEnumerable<SuppressionCell> Cells => Parts.Prepend(Total);

    /// <summary>How many of the group's cells are withheld.</summary>
    public int HiddenCount
    {
        get
        {
            var hidden = Total.Hidden ? 1 : 0;
            for (var i = 0; i < Parts.Count; i++) if (Parts[i].Hidden) hidden++;
            return hidden;
        }
    }

    /// <summary>The numerators add up: an equation a reader can use to work out a withheld count or numerator.</summary>
    public bool NumeratorsAddUp { get; } = Total.Numerator == Parts.Sum(p => p.Numerator);

    /// <summary>The denominators add up (percentages): an equation a reader can use to work out a withheld denominator.</summary>
    public bool DenominatorsAddUp { get; } = Total.Denominator is { } d && Parts.All(p => p.Denominator is not null) && d == Parts.Sum(p => p.Denominator!.Value);

    /// <summary>
    /// Parts that do not add up to their total (a child counted in two teams counts once in their locality; a
    /// contact with no team counts for the authority alone) give a reader nothing exact to work with.
    /// </summary>
    public bool AddsUp => NumeratorsAddUp || DenominatorsAddUp;
}

/// <summary>
/// Secondary suppression: after the small numbers are hidden, no hidden cell may be worked out from the visible
/// cells and totals. When a group that adds up would have exactly one hidden cell, the next-smallest part is hidden
/// too (the total when no part with something in it is left); and since two hidden cells in every group can still
/// leave one fixed by the groups taken together (a cell between two groups that each have it and one other), the
/// groups are then solved as equations, numerators and denominators each, and any cell they fix gets a companion
/// too, until none is fixed.
/// </summary>
public static class SecondarySuppression
{
    public static void Apply(IReadOnlyList<SuppressionGroup> groups)
    {
        if (!groups.Any(g => g.HiddenCount > 0)) return;
        var exact = groups.Where(g => g.AddsUp).ToList();
        while (true)
        {
            var changed = false;
            foreach (var group in exact)
                if (group.HiddenCount == 1) changed |= HideNextSmallest(group);
            if (changed) continue;

            var fixedCell = Determined(exact).FirstOrDefault();
            if (fixedCell is null) return;
            // A group of the fixed cell with something left to hide; failing that, any group still half hidden.
            var companion = exact.FirstOrDefault(g => g.Cells.Contains(fixedCell) && g.Cells.Any(c => !c.Hidden && c.Size > 0))
                ?? exact.FirstOrDefault(g => g.Cells.Any(c => c.Hidden) && g.Cells.Any(c => !c.Hidden && c.Size > 0));
            if (companion is null || !HideNextSmallest(companion)) return;
        }
    }

    /// <summary>
    /// Hides the smallest visible part with something in it, or the total when no such part is left. An empty cell
    /// is never hidden: a reader can often tell it is empty (a unit with no audits has no grade rows), so hiding it
    /// protects nothing; the total goes instead.
    /// </summary>
    private static bool HideNextSmallest(SuppressionGroup group)
    {
        var next = group.Parts.Where(p => !p.Hidden && p.Size > 0).MinBy(p => p.Size)
            ?? (group.Total.Hidden || group.Total.Size == 0 ? null : group.Total);
        if (next is null) return false;
        next.Hidden = true;
        return true;
    }

    /// <summary>The hidden cells whose numerator or denominator the groups that add up fix.</summary>
    public static List<SuppressionCell> Determined(IReadOnlyList<SuppressionGroup> groups) =>
        Fixed(groups.Where(g => g.NumeratorsAddUp).ToList())
            .Union(Fixed(groups.Where(g => g.DenominatorsAddUp).ToList())).ToList();

    /// <summary>
    /// The hidden cells the groups fix, read as equations (total = sum of parts, visible cells known): a hidden
    /// cell is fixed when its unit vector lies in the row space of the equations over the hidden cells, which
    /// after reduction to row echelon form means some row is nonzero in its column alone. Hidden cells that share
    /// no group cannot fix each other, so each connected set is solved on its own.
    /// </summary>
    private static List<SuppressionCell> Fixed(IReadOnlyList<SuppressionGroup> groups)
    {
        var index = new Dictionary<SuppressionCell, int>();
        var equations = new List<List<(int Cell, double Sign)>>();
        foreach (var g in groups)
        {
            List<(int, double)>? terms = null;
            foreach (var (cell, sign) in g.Parts.Select(p => (p, -1.0)).Prepend((g.Total, 1.0)))
            {
                if (!cell.Hidden) continue;
                if (!index.TryGetValue(cell, out var i)) index[cell] = i = index.Count;
                (terms ??= []).Add((i, sign));
            }
            if (terms is not null) equations.Add(terms);
        }
        if (index.Count == 0) return [];

        // Connected sets of hidden cells, linked by the equations they share.
        var parent = Enumerable.Range(0, index.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        foreach (var terms in equations)
            foreach (var (cell, _) in terms.Skip(1)) parent[Root(cell)] = Root(terms[0].Cell);

        var cells = index.OrderBy(x => x.Value).Select(x => x.Key).ToList();
        var determined = new List<SuppressionCell>();
        foreach (var component in equations.GroupBy(e => Root(e[0].Cell)))
        {
            var members = component.SelectMany(e => e.Select(t => t.Cell)).Distinct().ToList();
            var column = members.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            var rows = component.Select(e =>
            {
                var row = new double[members.Count];
                foreach (var (cell, sign) in e) row[column[cell]] += sign;
                return row;
            }).ToList();
            foreach (var c in FixedColumns(rows, members.Count)) determined.Add(cells[members[c]]);
        }
        return determined;
    }

    /// <summary>Columns whose unit vector the rows span: reduced row echelon form, then rows with a single nonzero.</summary>
    private static IEnumerable<int> FixedColumns(List<double[]> rows, int columns)
    {
        const double Tiny = 1e-9;
        var pivotRow = 0;
        var pivots = new List<(int Row, int Column)>();
        for (var col = 0; col < columns && pivotRow < rows.Count; col++)
        {
            var best = -1;
            for (var r = pivotRow; r < rows.Count; r++)
                if (Math.Abs(rows[r][col]) > Tiny && (best < 0 || Math.Abs(rows[r][col]) > Math.Abs(rows[best][col]))) best = r;
            if (best < 0) continue;
            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow];
            var scale = pivot[col];
            for (var k = col; k < pivot.Length; k++) pivot[k] /= scale;
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == pivotRow || Math.Abs(rows[r][col]) <= Tiny) continue;
                var factor = rows[r][col];
                var target = rows[r];
                for (var k = col; k < target.Length; k++) target[k] -= factor * pivot[k];
            }
            pivots.Add((pivotRow, col));
            pivotRow++;
        }
        return pivots.Where(p => rows[p.Row].Where((v, k) => k != p.Column).All(v => Math.Abs(v) <= Tiny)).Select(p => p.Column);
    }
}

using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// What a refresh hands the publisher: the periods to republish whole, the snapshot values it has just made, and for
/// which measures of which periods it made them (those cells are republished too).
/// </summary>
/// <param name="PeriodsToPublish">Periods republished for every measure; null republishes everything.</param>
/// <param name="Recomputed">Per period, the measures whose values are in <paramref name="Values"/>.</param>
/// <param name="AsStored">
/// Values the refresh recomputed to what is stored, cell for cell (<see cref="UnchangedValues"/>): not written, and
/// published from here where their cells are republished rather than read back from the snapshot.
/// </param>
public sealed record PublishInput(
    IReadOnlyList<Period> Periods,
    IReadOnlySet<int>? PeriodsToPublish,
    IReadOnlyList<MeasureValue> Values,
    IReadOnlyDictionary<int, IReadOnlySet<string>> Recomputed,
    IReadOnlyList<MeasureValue> AsStored,
    DateOnly AsOf,
    DateTime RefreshedAtUtc,
    int LineageBatchId);

/// <summary>
/// Writes what each audience may see of the snapshot into its published table, inside the refresh's transaction:
/// every measure, period, organisation unit and breakdown with names, state, display text, target, RAG, direction
/// and provisional state decided once. The internal table withholds nothing; the partnership table withholds small
/// numbers and every cell that would let one be worked out, and shows no RAG, target or direction on a withheld
/// cell nor direction against a withheld comparator. Provisional values carry no RAG or direction in either.
/// </summary>
public sealed class SnapshotPublisher(MeasureOptions options)
{
    /// <summary>The published cells of the periods asked for (or of every period), and the published units.</summary>
    public async Task<int> PublishAsync(WarehouseContext db, PublishInput input, CancellationToken ct)
    {
        var units = PublishedUnits.Build(await db.OrganisationUnits.AsNoTracking().ToListAsync(ct));
        var unitsChanged = !PublishedUnits.Same(units, await db.PublishedOrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ToListAsync(ct));
        if (unitsChanged)
        {
            await db.PublishedOrgUnits.ExecuteDeleteAsync(ct);
            await BulkInsert.InsertAsync(db, units, ct);
        }

        // Cells republished take keys after every key in use (those they replace are not used again); no key in use is
        // nothing published yet, which is published whole.
        var highest = input.PeriodsToPublish is null || unitsChanged ? null : await PlainSql.HighestAsync<InternalMeasureValue>(db, nameof(InternalMeasureValue.PublishedValueKey), ct);
        var everything = highest is null;
        // Per period, the measures republished: null for every one. The cells of a measure recomputed in a period are
        // republished with every measure whose cells are withheld together with them (a count and the percentages it
        // is the denominator of), so that secondary suppression still sees each family whole.
        var only = everything ? input.Periods.ToDictionary(p => p.PeriodKey, _ => (IReadOnlySet<string>?)null)
            : input.Periods.Where(p => input.PeriodsToPublish!.Contains(p.PeriodKey) || input.Recomputed.ContainsKey(p.PeriodKey))
                .ToDictionary(p => p.PeriodKey, p => input.PeriodsToPublish!.Contains(p.PeriodKey) ? null : Partnership.WithTheirFamilies(input.Recomputed[p.PeriodKey]));
        var periods = input.Periods.Where(p => only.ContainsKey(p.PeriodKey)).ToList();
        if (periods.Count == 0) return 0;
        bool Publishing(int period, string code) => only.TryGetValue(period, out var set) && (set is null || set.Contains(code));
        bool Made(int period, string code) => input.Recomputed.TryGetValue(period, out var set) && set.Contains(code);

        // What the refresh holds in memory, made or recomputed to what is stored, is not read back: in a full refresh of a
        // refreshed warehouse that is most of the snapshot (126,528 of 128,140 values for the 40,000-child council, 0.7 s
        // to read again on SQLite), already read beside the measures to be compared.
        var asStored = input.AsStored.Select(v => (v.PeriodKey, v.MeasureCode)).ToHashSet();
        var values = input.Values.Concat(input.AsStored).Where(v => Publishing(v.PeriodKey, v.MeasureCode)).ToList();
        var toRead = only.Select(x => (Period: x.Key, Codes: (x.Value ?? MeasureCatalogue.All.Select(m => m.Code)).Where(c => !Made(x.Key, c) && !asStored.Contains((x.Key, c))).ToList()))
            .Where(x => x.Codes.Count > 0).ToList();
        if (toRead.Count > 0)
        {
            var readPeriods = toRead.Select(x => x.Period).ToList();
            var readCodes = toRead.SelectMany(x => x.Codes).Distinct().ToList();
            var wanted = toRead.SelectMany(x => x.Codes.Select(c => (x.Period, c))).ToHashSet();
            var stored = readCodes.Count == MeasureCatalogue.All.Count
                ? db.MeasureValues.AsNoTracking().Where(v => readPeriods.Contains(v.PeriodKey))
                : db.MeasureValues.AsNoTracking().Where(v => readPeriods.Contains(v.PeriodKey) && readCodes.Contains(v.MeasureCode));
            values.AddRange((await stored.ToListAsync(ct)).Where(v => wanted.Contains((v.PeriodKey, v.MeasureCode))));
        }

        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.MeasureCode, ct);
        var cells = Cells(periods, Publishing, values, measures, units, input.AsOf);
        var hiddenComparators = await StoredHiddenAsync(db, periods, Publishing, ct);
        // What the partnership withholds is worked out on another thread while the internal table, which withholds
        // nothing, is written: it is computing only (half a second for a full refresh of the 40,000-child council), and
        // the writing waited for it on one core.
        var hiding = Task.Run(() => Partnership.Hide(cells, units), ct);
        HashSet<(string, int, int, string, string)> hidden = [];
        bool Hidden(Cell c, int? periodKey) =>
            periodKey is { } k && (Publishing(k, c.Measure.Code)
                ? hidden.Contains((c.Measure.Code, k, c.Unit.OrgUnitKey, c.Kind, c.Value))
                : hiddenComparators.Contains((c.Measure.Code, k, c.Unit.OrgUnitKey, c.Kind, c.Value)));

        var next = (highest ?? 0) + 1;
        var first = next;
        // Rows are made as they are written, one reused object per table: BulkInsert reads each row before asking for
        // the next, and a quarter of a million rows held at once cost the garbage collector more than writing them.
        IEnumerable<InternalMeasureValue> InternalRows()
        {
            var row = new InternalMeasureValue();
            var key = first;
            foreach (var c in cells)
                yield return Fill(row, c, key++, input, withheld: false, previousWithheld: false, lastYearWithheld: false);
        }
        IEnumerable<PartnershipMeasureValue> PartnershipRows()
        {
            var row = new PartnershipMeasureValue();
            var key = first;
            foreach (var c in cells)
            {
                var cellKey = key++;
                if (!Partnership.Publishes(c)) continue;
                var isHidden = hidden.Contains((c.Measure.Code, c.Period.PeriodKey, c.Unit.OrgUnitKey, c.Kind, c.Value));
                yield return Fill(row, c, cellKey, input, isHidden, Hidden(c, c.Period.PreviousPeriodKey), Hidden(c, c.Period.SamePeriodLastYearKey));
            }
        }

        var written = await Beside.WhileAsync(hiding, async () =>
        {
            await DeleteRepublishedAsync(db, everything, only, ct);
            return await BulkInsert.InsertAsync(db, InternalRows(), ct);
        });
        hidden = await hiding;
        await BulkInsert.InsertAsync(db, PartnershipRows(), ct);
        return written;
    }

    /// <summary>Both audiences' cells that are being republished: every one, whole periods, or some measures of a period.</summary>
    private static async Task DeleteRepublishedAsync(WarehouseContext db, bool everything, Dictionary<int, IReadOnlySet<string>?> only, CancellationToken ct)
    {
        if (everything)
        {
            await db.InternalMeasureValues.ExecuteDeleteAsync(ct);
            await db.PartnershipMeasureValues.ExecuteDeleteAsync(ct);
        }
        else
        {
            const string period = nameof(PublishedMeasureValue.PeriodKey), measure = nameof(PublishedMeasureValue.MeasureCode);
            foreach (var part in Parts(only))
            {
                if (part.Codes is null)
                {
                    await PlainSql.DeleteWhereInAsync<InternalMeasureValue>(db, ct, (period, part.Periods));
                    await PlainSql.DeleteWhereInAsync<PartnershipMeasureValue>(db, ct, (period, part.Periods));
                }
                else
                {
                    await PlainSql.DeleteWhereInAsync<InternalMeasureValue>(db, ct, (period, part.Periods), (measure, part.Codes));
                    await PlainSql.DeleteWhereInAsync<PartnershipMeasureValue>(db, ct, (period, part.Periods), (measure, part.Codes));
                }
            }
        }
    }

    /// <summary>Periods republished together, and the measures republished in them: null for every one.</summary>
    private sealed record Part(List<object> Periods, List<object>? Codes);

    /// <summary>
    /// The periods republished whole, then the others by the measures republished in them, periods with the same measures
    /// together, so that each part is one statement. Plain loops: LINQ over the dictionary's pairs (a value type) was code
    /// only an incremental refresh runs, compiled at a process's first.
    /// </summary>
    private static List<Part> Parts(Dictionary<int, IReadOnlySet<string>?> only)
    {
        var whole = new Part([], null);
        var parts = new List<Part> { whole };
        var bySet = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (var entry in only)
        {
            if (entry.Value is not { } codes)
            {
                whole.Periods.Add(entry.Key);
                continue;
            }
            var same = string.Join(",", codes.Order(StringComparer.Ordinal));
            if (!bySet.TryGetValue(same, out var part))
            {
                bySet[same] = part = new Part([], [.. codes]);
                parts.Add(part);
            }
            part.Periods.Add(entry.Key);
        }
        return parts;
    }

    /// <summary>One published cell before an audience's rules apply.</summary>
    internal sealed record Cell(
        MeasureDefinition Measure, Measure Row, Period Period, PublishedOrgUnit Unit, string Kind, string Value,
        MeasureValue? Snapshot, string? NotAvailable, DateOnly? SettlesOn, bool IsProvisional)
    {
        public PublishedState State => NotAvailable is not null ? PublishedState.NotAvailable
            : Snapshot?.Value is null ? PublishedState.NoValue : PublishedState.Value;

        /// <summary>The display text where nothing is withheld, written once for both audiences.</summary>
        public string Text => _text ??= DisplayText.Of(State, Measure.Unit, Snapshot?.Value);
        private string? _text;
    }

    /// <summary>
    /// Every cell of the periods: the snapshot's rows (counts already hold a 0 for each unit with nothing counted),
    /// a "-" cell for each unit a percentage has nothing to divide by, and "not available" cells for measures the
    /// data cannot give.
    /// </summary>
    private List<Cell> Cells(IReadOnlyList<Period> periods, Func<int, string, bool> publishing, List<MeasureValue> values, Dictionary<string, Measure> measures,
        IReadOnlyList<PublishedOrgUnit> units, DateOnly asOf)
    {
        var unitByKey = units.ToDictionary(u => u.OrgUnitKey);
        var byPeriodAndMeasure = values.ToLookup(v => (v.PeriodKey, v.MeasureCode));
        var cells = new List<Cell>(values.Count + units.Count * periods.Count);
        foreach (var period in periods)
        {
            foreach (var measure in MeasureCatalogue.All)
            {
                if (!publishing(period.PeriodKey, measure.Code) || !measures.TryGetValue(measure.Code, out var row)) continue;
                var settlesOn = ProvisionalFlags.SettlesOn(measure, options, period.EndDate);
                var provisional = ProvisionalFlags.IsProvisional(settlesOn, asOf);
                if (Availability.NotAvailableReason(row) is { } reason)
                {
                    foreach (var unit in units)
                        cells.Add(new Cell(measure, row, period, unit, MeasureAggregator.All, MeasureAggregator.All, null, reason, settlesOn, provisional));
                    continue;
                }
                var snapshot = byPeriodAndMeasure[(period.PeriodKey, measure.Code)].Where(v => unitByKey.ContainsKey(v.OrgUnitKey)).ToList();
                var withAll = snapshot.Where(v => v.BreakdownKind == MeasureAggregator.All).Select(v => v.OrgUnitKey).ToHashSet();
                foreach (var unit in units.Where(u => !withAll.Contains(u.OrgUnitKey)))
                    cells.Add(new Cell(measure, row, period, unit, MeasureAggregator.All, MeasureAggregator.All, null, null, settlesOn, provisional));
                foreach (var v in snapshot)
                    cells.Add(new Cell(measure, row, period, unitByKey[v.OrgUnitKey], v.BreakdownKind, v.BreakdownValue, v, Availability.NotAvailableReason(v), settlesOn, provisional));
            }
        }
        return cells.OrderBy(c => c.Period.SortOrder).ThenBy(c => c.Row.SortOrder).ThenBy(c => c.Kind != MeasureAggregator.All).ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ThenBy(c => c.Unit.SortOrder).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
    }

    private static T Fill<T>(T row, Cell c, long key, PublishInput input, bool withheld, bool previousWithheld, bool lastYearWithheld) where T : PublishedMeasureValue
    {
        var v = c.Snapshot;
        var state = withheld ? PublishedState.Suppressed : c.State;
        var shown = state == PublishedState.Value;
        // RAG and direction judge a final, visible value; direction also needs a visible comparator.
        var judged = shown && !c.IsProvisional;
        row.PublishedValueKey = key;
        row.MeasureCode = c.Measure.Code;
        row.MeasureName = c.Row.Name;
        row.Unit = c.Row.Unit;
        row.Polarity = c.Row.Polarity;
        row.MeasureSortOrder = c.Row.SortOrder;
        row.PeriodKey = c.Period.PeriodKey;
        row.PeriodGrain = c.Period.Grain;
        row.PeriodLabel = c.Period.Label;
        row.PeriodStart = c.Period.StartDate;
        row.PeriodEnd = c.Period.EndDate;
        row.FinancialYear = c.Period.FinancialYearLabel;
        row.PeriodSortOrder = c.Period.SortOrder;
        row.PeriodIsComplete = c.Period.IsComplete;
        row.OrgUnitKey = c.Unit.OrgUnitKey;
        row.OrgUnitId = c.Unit.OrgUnitId;
        row.OrgUnitName = c.Unit.Name;
        row.OrgUnitLevel = c.Unit.Level;
        row.Locality = c.Unit.Locality;
        row.BreakdownKind = c.Kind;
        row.BreakdownValue = c.Value;
        row.State = state;
        row.Numerator = withheld || c.NotAvailable is not null ? null : v?.Numerator ?? 0;
        // A count has no denominator to publish. QA02's grade rows carry their section's total in the snapshot, but a
        // partnership reader must not be handed a total that suppression does not know it has handed out.
        row.Denominator = withheld || c.NotAvailable is not null ? null
            : c.Measure.Unit == MeasureUnit.Percentage ? v?.Denominator ?? 0
            : row is PartnershipMeasureValue ? null : v?.Denominator;
        row.Value = shown ? v!.Value : null;
        row.DisplayValue = withheld ? DisplayText.Of(state, c.Measure.Unit, row.Value) : c.Text;
        row.Target = withheld || c.NotAvailable is not null ? null : v?.Target;
        row.Rag = judged ? v!.Rag : null;
        row.DirectionVsPrevious = judged && !previousWithheld ? v!.DirectionVsPrevious : null;
        row.DirectionVsLastYear = judged && !lastYearWithheld ? v!.DirectionVsLastYear : null;
        row.PreviousValue = shown && !previousWithheld ? v!.PreviousValue : null;
        row.LastYearValue = shown && !lastYearWithheld ? v!.LastYearValue : null;
        row.IsSmallNumber = row is PartnershipMeasureValue ? withheld : v?.IsSmallNumber ?? false;
        row.IsSuppressed = withheld;
        row.IsProvisional = c.IsProvisional && c.NotAvailable is null;
        row.SettlesOn = c.NotAvailable is null ? c.SettlesOn : null;
        row.Note = c.NotAvailable;
        row.RefreshedAtUtc = input.RefreshedAtUtc;
        row.LineageBatchId = input.LineageBatchId;
        return row;
    }

    /// <summary>Comparator cells not being published: which of them the partnership table withholds.</summary>
    private static async Task<HashSet<(string, int, int, string, string)>> StoredHiddenAsync(WarehouseContext db, IReadOnlyList<Period> periods,
        Func<int, string, bool> publishing, CancellationToken ct)
    {
        var hidden = new HashSet<(string, int, int, string, string)>();
        var pairs = ComparatorsNotPublished(periods, publishing, out var needed, out var codes);
        if (pairs.Count == 0) return hidden;
        // A plain statement: only an incremental refresh reads comparators it does not republish, and as a LINQ query it
        // was one more for a process's first incremental refresh to translate and compile (PlainSql).
        await PlainSql.ReadWhereInAsync<PartnershipMeasureValue>(db,
            [nameof(PublishedMeasureValue.MeasureCode), nameof(PublishedMeasureValue.PeriodKey), nameof(PublishedMeasureValue.OrgUnitKey),
                nameof(PublishedMeasureValue.BreakdownKind), nameof(PublishedMeasureValue.BreakdownValue)],
            row =>
            {
                var cell = (row.GetString(0), row.GetInt32(1), row.GetInt32(2), row.GetString(3), row.GetString(4));
                if (pairs.Contains((cell.Item2, cell.Item1))) hidden.Add(cell);
            }, ct,
            (nameof(PublishedMeasureValue.MeasureCode), codes), (nameof(PublishedMeasureValue.PeriodKey), needed), (nameof(PublishedMeasureValue.IsSuppressed), [true]));
        return hidden;
    }

    /// <summary>
    /// The comparator periods and measures whose withheld cells <see cref="StoredHiddenAsync"/> reads: only the measures
    /// published in a period whose comparator is not. The table's index leads with the measure, so SQLite reads those
    /// measures' comparator cells rather than every withheld cell of the comparator periods. Apart from the statement
    /// (the loops here compiled fully optimised at once, the CLI's QuickJitForLoops off, in an asynchronous method).
    /// </summary>
    private static HashSet<(int Period, string Code)> ComparatorsNotPublished(IReadOnlyList<Period> periods, Func<int, string, bool> publishing,
        out HashSet<object> needed, out HashSet<object> codes)
    {
        var pairs = new HashSet<(int Period, string Code)>();
        foreach (var period in periods)
            foreach (var comparator in new[] { period.PreviousPeriodKey, period.SamePeriodLastYearKey })
                if (comparator is { } key)
                    foreach (var measure in MeasureCatalogue.All)
                        if (publishing(period.PeriodKey, measure.Code) && !publishing(key, measure.Code)) pairs.Add((key, measure.Code));
        needed = [];
        codes = [];
        foreach (var (period, code) in pairs)
        {
            needed.Add(period);
            codes.Add(code);
        }
        return pairs;
    }

    /// <summary>The partnership audience's withheld cells: small numbers, then what would give them away.</summary>
    internal static class Partnership
    {
        public static HashSet<(string, int, int, string, string)> Hide(List<Cell> cells, IReadOnlyList<PublishedOrgUnit> units)
        {
            var hidden = new HashSet<(string, int, int, string, string)>();
            foreach (var period in cells.Where(c => c.NotAvailable is null && Publishes(c)).GroupBy(c => c.Period.PeriodKey))
            {
                var byKey = period.ToDictionary(c => (c.Measure.Code, c.Unit.OrgUnitKey, c.Kind, c.Value));
                // A count before the percentages whose denominator it is (EH01 before EH05): a withheld count withholds them.
                var families = period.GroupBy(c => Family(c.Measure.Code))
                    .OrderBy(f => f.Any(c => c.Measure.DenominatorIs is { } source && Family(source) != f.Key));
                foreach (var family in families)
                {
                    var suppression = family.ToDictionary(c => (c.Measure.Code, c.Unit.OrgUnitKey, c.Kind, c.Value),
                        c => (Cell: c, State: new SuppressionCell(c.Snapshot?.Numerator ?? 0,
                            c.Measure.Unit == MeasureUnit.Percentage ? c.Snapshot?.Denominator ?? 0 : null, c.Snapshot?.IsSmallNumber == true)));
                    bool SourceHidden((string Code, int Unit, string Kind, string Value) key, Cell cell) =>
                        cell.Measure.DenominatorIs is { } source && byKey.GetValueOrDefault((source, key.Unit, key.Kind, key.Value)) is { } s
                        && s.Snapshot?.Numerator == cell.Snapshot?.Denominator
                        && (suppression.TryGetValue((source, key.Unit, key.Kind, key.Value), out var inFamily) ? inFamily.State.Hidden : hidden.Contains((source, period.Key, key.Unit, key.Kind, key.Value)));
                    // The groups are only built for a family with something withheld (most quarters' large counts have nothing).
                    List<SuppressionGroup>? groups = null;
                    while (true)
                    {
                        var dependent = suppression.Where(x => !x.Value.State.Hidden && SourceHidden(x.Key, x.Value.Cell)).ToList();
                        foreach (var x in dependent) x.Value.State.Hidden = true;
                        if (!suppression.Values.Any(x => x.State.Hidden)) break;
                        SecondarySuppression.Apply(groups ??= SuppressionGroups.For(suppression.ToDictionary(x => x.Key, x => x.Value.State), units));
                        if (!suppression.Any(x => !x.Value.State.Hidden && SourceHidden(x.Key, x.Value.Cell))) break;
                    }
                    foreach (var (key, (cell, state)) in suppression)
                        if (state.Hidden) hidden.Add((key.Code, cell.Period.PeriodKey, key.OrgUnitKey, key.Kind, key.Value));
                }
            }
            return hidden;
        }

        /// <summary>
        /// The measures given and every measure whose withheld cells depend on theirs or theirs on its (a count and the
        /// percentages it is the denominator of; QA01 and QA02), followed through.
        /// </summary>
        public static IReadOnlySet<string> WithTheirFamilies(IEnumerable<string> codes)
        {
            var set = codes.ToHashSet(StringComparer.Ordinal);
            bool grew;
            do
            {
                grew = false;
                foreach (var m in MeasureCatalogue.All)
                    foreach (var linked in new[] { m.DenominatorIs, Family(m.Code) })
                    {
                        if (linked is null || linked == m.Code) continue;
                        if (set.Contains(m.Code)) grew |= set.Add(linked);
                        if (set.Contains(linked)) grew |= set.Add(m.Code);
                    }
            } while (grew);
            return set;
        }

        /// <summary>Measures whose cells add up to each other's are suppressed together: QA01's numerator is QA02's grades 1 and 2.</summary>
        private static string Family(string code) => code == SuppressionGroups.GoodOrBetter ? SuppressionGroups.GradeDistribution : code;

        /// <summary>
        /// The partnership sees QA02's grades by section for the whole authority only. A team's or a locality's few
        /// audits, split six sections by four grades, would mostly be withheld, and what is left of them (a grade no
        /// audit there had) tells what QA01 withholds: no audit in the locality was good, so its "c" is 0%.
        /// </summary>
        public static bool Publishes(Cell c) =>
            !c.Kind.StartsWith(MeasureAggregator.AuditGradePrefix, StringComparison.Ordinal) || c.Unit.Level == OrgUnitLevel.Authority;
    }
}

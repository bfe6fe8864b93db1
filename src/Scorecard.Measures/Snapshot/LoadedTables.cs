using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Which warehouse records a load of an extract table can change: the one place that ties the table names a load
/// records (<see cref="Warehouse.Integration.LoadBatchTable.TableName"/>) to the entities the measures read. A test
/// holds it to the extract contract, table by table.
/// </summary>
public static class LoadedTables
{
    /// <summary>
    /// The records each table's rows are merged into, and the lookups a load fills from them. Teams
    /// (ssd_department), episode details and involvements also give early help episodes their team.
    /// </summary>
    private static readonly Dictionary<string, Type[]> Writes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ssd_department"] = [typeof(OrganisationUnit), typeof(OrganisationUnitAncestor), typeof(EarlyHelpEpisode)],
        ["ssd_professionals"] = [typeof(Professional)],
        ["ssd_person"] = [typeof(Person)],
        ["ssd_family"] = [typeof(FamilyMember), typeof(Family)],
        ["ssd_contacts"] = [typeof(Contact)],
        ["ssd_early_help_episodes"] = [typeof(EarlyHelpEpisode), typeof(LeadOrganisation), typeof(Professional)],
        ["ext_early_help_episode_details"] = [typeof(EarlyHelpEpisode), typeof(Family)],
        ["ssd_cin_episodes"] = [typeof(SocialCareReferral)],
        ["ssd_involvements"] = [typeof(Involvement), typeof(EarlyHelpEpisode), typeof(Professional)],
        ["ssd_cin_assessments"] = [typeof(SocialCareAssessment)],
        ["ssd_s47_enquiry"] = [typeof(Section47Enquiry)],
        ["ssd_cp_plans"] = [typeof(ChildProtectionPlan)],
        ["ssd_cla_episodes"] = [typeof(LookedAfterEpisode)],
        ["ext_early_help_assessments"] = [typeof(EarlyHelpAssessment), typeof(LeadOrganisation)],
        ["ext_plan_reviews"] = [typeof(PlanReview)],
        ["ext_outcome_scores"] = [typeof(OutcomeScore)],
        ["ext_case_audits"] = [typeof(CaseAudit)],
        ["ext_family_programme"] = [typeof(FamilyProgrammeAttachment), typeof(Family)],
        ["ext_family_feedback"] = [typeof(FamilyFeedback), typeof(Family)],
    };

    /// <summary>
    /// Records the refresh writes from others before it computes: whatever changes the ones on the left changes them.
    /// </summary>
    private static readonly Dictionary<Type, Type[]> Derived = new()
    {
        [typeof(EarlyHelpEpisode)] = [typeof(Warehouse.Measures.EarlyHelpOpenAtPeriodEnd)],
    };

    /// <summary>The tables this map knows (for the test that holds it to the extract contract).</summary>
    public static IReadOnlyCollection<string> Known => Writes.Keys;

    /// <summary>
    /// The entities a load of <paramref name="table"/> may have changed, each with the properties it changed (null:
    /// every property); null for a table this map does not know, which the refresh takes to change everything. A load
    /// that recorded the properties it changed (<paramref name="properties"/>, as Entity.Property: it only changed
    /// values of rows already there) changed those alone; one that did not changed every property of every record the
    /// table is merged into. A load that deleted records at source also changed the records that refer to them (they go
    /// with them, or lose the reference): every entity with a foreign key to one changed, followed down. Records the
    /// refresh derives from any of those changed with them, whole.
    /// </summary>
    public static IReadOnlyDictionary<Type, IReadOnlySet<string>?>? Changed(IModel model, string table, bool deleted, IReadOnlyCollection<string>? properties = null)
    {
        if (!Writes.TryGetValue(table, out var written)) return null;
        var changed = new Dictionary<Type, IReadOnlySet<string>?>();
        if (!deleted && properties is not null && Narrow(model, written, properties) is { } narrow)
            foreach (var (entity, names) in narrow) changed[entity] = names;
        else
            foreach (var entity in written) changed[entity] = null;
        if (deleted)
        {
            var queue = new Queue<Type>(changed.Keys);
            while (queue.TryDequeue(out var principal))
                foreach (var fk in model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(f => f.PrincipalEntityType.ClrType == principal))
                    if (changed.TryAdd(fk.DeclaringEntityType.ClrType, null)) queue.Enqueue(fk.DeclaringEntityType.ClrType);
        }
        foreach (var (source, derived) in Derived)
            if (changed.ContainsKey(source))
                foreach (var d in derived) changed[d] = null;
        return changed;
    }

    /// <summary>Entity.Property names grouped by entity; null when one names an entity the table is not merged into or a property it lacks.</summary>
    private static Dictionary<Type, IReadOnlySet<string>?>? Narrow(IModel model, Type[] written, IReadOnlyCollection<string> properties)
    {
        var narrow = new Dictionary<Type, IReadOnlySet<string>?>();
        foreach (var name in properties)
        {
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var entity = dot < 0 ? null : written.FirstOrDefault(t => t.Name == name[..dot]);
            if (entity is null || model.FindEntityType(entity)?.FindProperty(name[(dot + 1)..]) is null) return null;
            if (narrow.GetValueOrDefault(entity) is not HashSet<string> set) narrow[entity] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(name[(dot + 1)..]);
        }
        return narrow;
    }
}

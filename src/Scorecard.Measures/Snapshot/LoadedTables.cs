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
    /// The entities a load of <paramref name="table"/> may have changed; null for a table this map does not know,
    /// which the refresh takes to change everything. A load that deleted records at source also changed the records
    /// that refer to them (they go with them, or lose the reference): every entity with a foreign key to one
    /// changed, followed down. Records the refresh derives from any of those changed with them.
    /// </summary>
    public static IReadOnlySet<Type>? Changed(IModel model, string table, bool deleted)
    {
        if (!Writes.TryGetValue(table, out var written)) return null;
        var changed = written.ToHashSet();
        if (deleted)
        {
            var queue = new Queue<Type>(changed);
            while (queue.TryDequeue(out var principal))
                foreach (var fk in model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(f => f.PrincipalEntityType.ClrType == principal))
                    if (changed.Add(fk.DeclaringEntityType.ClrType)) queue.Enqueue(fk.DeclaringEntityType.ClrType);
        }
        foreach (var (source, derived) in Derived)
            if (changed.Contains(source)) changed.UnionWith(derived);
        return changed;
    }
}

using System.ComponentModel;
using System.Reflection;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;
using Scorecard.Api.Feed.Freshness;
using Scorecard.Api.Feed.Records;
using Scorecard.Api.Feed.Scorecard;
using Scorecard.Api.Security;
using Scorecard.Measures.Catalogue;

namespace Scorecard.Api.Feed;

/// <summary>
/// The entity data model Power BI reads from $metadata: one entity set per read model, no navigation properties
/// (names are flattened in instead), every type and property described (Core.Description), and the measure
/// catalogue's definitions on MeasureCode (Core.LongDescription).
/// </summary>
public static class FeedModel
{
    public const string Namespace = "Scorecard";

    /// <summary>Entity set name, its read model, and the policy that may read it.</summary>
    public sealed record SetInfo(string Name, Type RowType, string Policy, string Description);

    public static readonly IReadOnlyList<SetInfo> Sets =
    [
        new("Measures", typeof(MeasureRow), FeedPolicies.Scorecard, "The measure catalogue: definitions, units and polarity."),
        new("MeasureValues", typeof(MeasureValueRow), FeedPolicies.Scorecard, "The scorecard snapshot: measure x period x organisation unit x breakdown."),
        new("Periods", typeof(PeriodRow), FeedPolicies.Scorecard, "Months, financial quarters, financial years and calendar years the snapshot covers."),
        new("OrgUnits", typeof(OrgUnitRow), FeedPolicies.Scorecard, "Teams, localities and the authority."),
        new("CaseAudits", typeof(CaseAuditRow), FeedPolicies.CaseAudits, "Case audit grades by section (pseudonymised)."),
        new("Packs", typeof(Packs.PackRow), FeedPolicies.Scorecard, "Board packs the scheduled job published, with links that download them (each role sees the packs its templates name)."),
        new("LoadBatches", typeof(LoadBatchRow), FeedPolicies.Records, "Freshness: each load of an extract, when it ran, what it loaded and rejected."),
        new("LoadWarnings", typeof(LoadWarningRow), FeedPolicies.Records, "Data quality: values loaded as unknown (unknown codes, placeholders, placeholder dates, over-long text), by load, file, column and value."),
        new("Contacts", typeof(ContactRow), FeedPolicies.Records, "Contacts at the front door (pseudonymised)."),
        new("EarlyHelpEpisodes", typeof(EarlyHelpEpisodeRow), FeedPolicies.Records, "Early help episodes (pseudonymised)."),
        new("SocialCareReferrals", typeof(SocialCareReferralRow), FeedPolicies.Records, "Referrals to children's social care (pseudonymised)."),
        new("Assessments", typeof(AssessmentRow), FeedPolicies.Records, "Early Help Assessments (pseudonymised)."),
        new("PlanReviews", typeof(PlanReviewRow), FeedPolicies.Records, "Plan reviews and TAF meetings (pseudonymised)."),
        new("OutcomeScores", typeof(OutcomeScoreRow), FeedPolicies.Records, "Spidergraph / outcome tool scores (pseudonymised)."),
    ];

    private static readonly Dictionary<Type, string> KeyOf = new()
    {
        [typeof(MeasureRow)] = nameof(MeasureRow.MeasureCode),
        [typeof(MeasureValueRow)] = nameof(MeasureValueRow.MeasureValueKey),
        [typeof(PeriodRow)] = nameof(PeriodRow.PeriodKey),
        [typeof(OrgUnitRow)] = nameof(OrgUnitRow.OrgUnitKey),
        [typeof(CaseAuditRow)] = nameof(CaseAuditRow.CaseAuditKey),
        [typeof(LoadBatchRow)] = nameof(LoadBatchRow.LoadBatchId),
        [typeof(LoadWarningRow)] = nameof(LoadWarningRow.LoadWarningId),
        [typeof(Packs.PackRow)] = nameof(Packs.PackRow.PackId),
        [typeof(ContactRow)] = nameof(ContactRow.ContactKey),
        [typeof(EarlyHelpEpisodeRow)] = nameof(EarlyHelpEpisodeRow.EpisodeKey),
        [typeof(SocialCareReferralRow)] = nameof(SocialCareReferralRow.ReferralKey),
        [typeof(AssessmentRow)] = nameof(AssessmentRow.AssessmentKey),
        [typeof(PlanReviewRow)] = nameof(PlanReviewRow.ReviewKey),
        [typeof(OutcomeScoreRow)] = nameof(OutcomeScoreRow.ScoreKey),
    };

    /// <summary>The property a set's rows are keyed by: what Set(key) looks up.</summary>
    public static string KeyPropertyOf(Type rowType) => KeyOf[rowType];

    /// <summary>The whole model: what the routes are built on.</summary>
    public static IEdmModel Build() => Build(Sets);

    /// <summary>
    /// The model a role sees in $metadata and the service document: only the sets it may read, so Power BI's
    /// navigator does not offer a board member tables that would answer 403.
    /// </summary>
    public static IEdmModel ForPolicies(Func<string, bool> allowed) => Build(Sets.Where(s => allowed(s.Policy)).ToList());

    private static IEdmModel Build(IReadOnlyList<SetInfo> sets)
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "ScorecardFeed" };
        foreach (var set in sets)
        {
            var type = builder.AddEntityType(set.RowType);
            type.Name = EdmName(set.RowType);
            type.Namespace = Namespace;
            type.HasKey(set.RowType.GetProperty(KeyOf[set.RowType])!);
            // Open: the convention takes IOpenRow.Aggregates as the type's dynamic properties, so a strict reader
            // accepts the aliases $apply answers with. Names a request uses that are neither columns nor its own
            // aliases are still refused (FeedQuery), so open does not mean any name goes.
            builder.AddEntitySet(set.Name, type);
        }
        // Drill-through is record-level: a model for a role that may not read records does not offer it.
        if (sets.Any(s => s.RowType == typeof(MeasureValueRow)) && sets.Any(s => s.Policy == FeedPolicies.Records))
        {
            var drill = builder.ComplexType<DrillThroughRecordRow>();
            drill.Name = EdmName(typeof(DrillThroughRecordRow));
            drill.Namespace = Namespace;
            var function = builder.EntityType<MeasureValueRow>().Function("DrillThrough");
            function.ReturnsCollection<DrillThroughRecordRow>();
        }

        var model = (EdmModel)builder.GetEdmModel();
        Describe(model, sets);
        FeedCapabilities.Annotate(model);
        return model;
    }

    /// <summary>"MeasureValueRow" is ours; "MeasureValue" is what a BI officer sees.</summary>
    private static string EdmName(Type rowType) => rowType.Name.EndsWith("Row", StringComparison.Ordinal) ? rowType.Name[..^3] : rowType.Name;

    private static void Describe(EdmModel model, IReadOnlyList<SetInfo> sets)
    {
        foreach (var set in sets)
        {
            var entitySet = model.EntityContainer.FindEntitySet(set.Name);
            model.SetDescriptionAnnotation(entitySet, set.Description);
            DescribeType(model, (IEdmStructuredType)entitySet.EntityType, set.RowType);
        }
        if (model.FindDeclaredType($"{Namespace}.{EdmName(typeof(DrillThroughRecordRow))}") is IEdmStructuredType drill)
            DescribeType(model, drill, typeof(DrillThroughRecordRow));

        // The catalogue's own words, so a report author reading $metadata (or a tool that shows it) sees what each code means.
        var catalogue = string.Join("\n", MeasureCatalogue.All.Select(m => $"{m.Code}: {m.Name}. {m.Description}"));
        foreach (var typeName in new[] { nameof(MeasureRow), nameof(MeasureValueRow) })
        {
            if (model.FindDeclaredType($"{Namespace}.{typeName[..^3]}") is IEdmStructuredType t && t.FindProperty("MeasureCode") is { } code)
                model.SetLongDescriptionAnnotation(code, catalogue);
        }
    }

    private static void DescribeType(EdmModel model, IEdmStructuredType edmType, Type rowType)
    {
        if (rowType.GetCustomAttribute<DescriptionAttribute>() is { } typeDescription)
            model.SetDescriptionAnnotation((IEdmSchemaType)edmType, typeDescription.Description);
        foreach (var property in rowType.GetProperties())
        {
            if (property.GetCustomAttribute<DescriptionAttribute>() is { } d && edmType.FindProperty(property.Name) is { } edmProperty)
                model.SetDescriptionAnnotation(edmProperty, d.Description);
        }
    }
}

/// <summary>
/// A set's row type, open in the model (see <see cref="FeedModel"/>) so that $apply results, which carry aliases
/// such as Total, read with a strict client. A row itself carries only what it declares: its dynamic properties are
/// always none, and a page of rows is the same with or without them.
/// </summary>
public interface IOpenRow
{
    IDictionary<string, object>? Aggregates { get; }
}

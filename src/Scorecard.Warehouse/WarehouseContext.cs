using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scorecard.Warehouse.Dimensions;
using Dimensions = Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Warehouse;

/// <summary>
/// The star-schema warehouse. One subclass per provider so each keeps its own migrations
/// (SQLite, SQL Server and PostgreSQL generate different DDL from the same model).
/// </summary>
public abstract class WarehouseContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CalendarDate> CalendarDates => Set<CalendarDate>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Family> Families => Set<Family>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();
    public DbSet<OrganisationUnitAncestor> OrganisationUnitAncestors => Set<OrganisationUnitAncestor>();
    public DbSet<Professional> Professionals => Set<Professional>();
    public DbSet<LeadOrganisation> LeadOrganisations => Set<LeadOrganisation>();
    public DbSet<CodeListEntry> CodeListEntries => Set<CodeListEntry>();

    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();
    public DbSet<SocialCareReferral> SocialCareReferrals => Set<SocialCareReferral>();
    public DbSet<SocialCareAssessment> SocialCareAssessments => Set<SocialCareAssessment>();
    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();
    public DbSet<LookedAfterEpisode> LookedAfterEpisodes => Set<LookedAfterEpisode>();
    public DbSet<Involvement> Involvements => Set<Involvement>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<EarlyHelpAssessment> EarlyHelpAssessments => Set<EarlyHelpAssessment>();
    public DbSet<PlanReview> PlanReviews => Set<PlanReview>();
    public DbSet<OutcomeScore> OutcomeScores => Set<OutcomeScore>();
    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();
    public DbSet<FamilyProgrammeAttachment> FamilyProgrammeAttachments => Set<FamilyProgrammeAttachment>();
    public DbSet<FamilyFeedback> FamilyFeedback => Set<FamilyFeedback>();

    public DbSet<LoadBatch> LoadBatches => Set<LoadBatch>();
    public DbSet<LoadBatchTable> LoadBatchTables => Set<LoadBatchTable>();
    public DbSet<Reject> Rejects => Set<Reject>();
    public DbSet<LoadWarning> LoadWarnings => Set<LoadWarning>();
    public DbSet<DeletedRecord> DeletedRecords => Set<DeletedRecord>();

    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<Period> Periods => Set<Period>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<MeasureValue> MeasureValues => Set<MeasureValue>();
    public DbSet<EarlyHelpOpenAtPeriodEnd> EarlyHelpOpenAtPeriodEnd => Set<EarlyHelpOpenAtPeriodEnd>();
    public DbSet<MeasureRefresh> MeasureRefreshes => Set<MeasureRefresh>();
    public DbSet<PublishedPack> PublishedPacks => Set<PublishedPack>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<PublishedOrgUnit> PublishedOrgUnits => Set<PublishedOrgUnit>();
    public DbSet<InternalMeasureValue> InternalMeasureValues => Set<InternalMeasureValue>();
    public DbSet<PartnershipMeasureValue> PartnershipMeasureValues => Set<PartnershipMeasureValue>();

    /// <summary>The published scorecard of an audience: what its readers select from.</summary>
    public IQueryable<PublishedMeasureValue> Published(Audience audience) => audience == Audience.Internal ? InternalMeasureValues : PartnershipMeasureValues;

    /// <summary>SQLite has no schemas: there the schema becomes a table-name prefix (Dimension_Person).</summary>
    protected abstract bool UsesSchemas { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var m = new WarehouseModel(modelBuilder, UsesSchemas);
        m.Build();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Codes and ids are short; unbounded strings become nvarchar(max) on SQL Server, which cannot be indexed.
        configurationBuilder.Properties<string>().HaveMaxLength(200);
        // The domain's vocabularies are enums in code and their names in the database and on the wire.
        Names<MeasureUnit>(configurationBuilder);
        Names<Polarity>(configurationBuilder);
        Names<Rag>(configurationBuilder);
        Names<Direction>(configurationBuilder);
        Names<Calendar.PeriodGrain>(configurationBuilder);
        Names<OrgUnitLevel>(configurationBuilder);
        Names<LoadStatus>(configurationBuilder);
        Names<PublishedState>(configurationBuilder);
    }

    private static void Names<T>(ModelConfigurationBuilder b) where T : struct, Enum =>
        b.Properties<T>().HaveConversion<string>().HaveMaxLength(200);
}

internal sealed class WarehouseModel(ModelBuilder b, bool usesSchemas)
{
    private EntityTypeBuilder<T> Table<T>(string schema, string name) where T : class
    {
        var e = b.Entity<T>();
        if (usesSchemas) e.ToTable(name, schema);
        else e.ToTable($"{schema}_{name}");
        return e;
    }

    public void Build()
    {
        var date = Table<CalendarDate>("Dimension", "Date");
        date.HasKey(x => x.DateKey);
        date.Property(x => x.DateKey).ValueGeneratedNever();
        date.HasIndex(x => x.Date).IsUnique();
        // Working days between two dates are counted from the index alone.
        date.HasIndex(x => new { x.Date, x.IsWorkingDay });

        var person = Table<Person>("Dimension", "Person");
        person.HasKey(x => x.PersonKey);
        person.HasIndex(x => x.PersonId).IsUnique();
        person.Property(x => x.PersonId).HasMaxLength(64);

        var family = Table<Family>("Dimension", "Family");
        family.HasKey(x => x.FamilyKey);
        family.HasIndex(x => x.FamilyId).IsUnique();

        var member = Table<FamilyMember>("Dimension", "FamilyMember");
        member.HasKey(x => x.FamilyMemberKey);
        member.HasIndex(x => x.FamilyMemberId).IsUnique();
        member.HasIndex(x => x.PersonKey);
        member.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyKey).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonKey).OnDelete(DeleteBehavior.Restrict);

        var org = Table<OrganisationUnit>("Dimension", "OrganisationUnit");
        org.HasKey(x => x.OrgUnitKey);
        org.HasIndex(x => x.OrgUnitId).IsUnique();
        // The load inserts teams by id and name only, then derives the hierarchy: these defaults hold until it does.
        // No sentinel a real level could match: units written through EF always send their level.
        org.Property(x => x.Level).HasDefaultValue(OrgUnitLevel.Team).HasSentinel((OrgUnitLevel)(-1));
        org.Property(x => x.Depth).HasDefaultValue(0);
        org.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.ParentOrgUnitKey).OnDelete(DeleteBehavior.Restrict);
        // SSD sizes team names at 255 (ssd_department.dept_team_name).
        org.Property(x => x.Name).HasMaxLength(255);

        var anc = Table<OrganisationUnitAncestor>("Dimension", "OrganisationUnitAncestor");
        anc.HasKey(x => new { x.OrgUnitKey, x.AncestorOrgUnitKey });
        anc.HasIndex(x => x.AncestorOrgUnitKey);

        var prof = Table<Professional>("Dimension", "Professional");
        prof.HasKey(x => x.ProfessionalKey);
        prof.HasIndex(x => x.ProfessionalId).IsUnique();
        // SSD sizes job titles at 500 (ssd_professionals.prof_professional_job_title).
        prof.Property(x => x.Role).HasMaxLength(500);

        var lead = Table<LeadOrganisation>("Dimension", "LeadOrganisation");
        lead.HasKey(x => x.LeadOrganisationKey);
        lead.HasIndex(x => x.Name).IsUnique();
        // SSD leaves earl_episode_organisation unbounded; the name is a unique key, which SQL Server limits to 900 bytes.
        lead.Property(x => x.Name).HasMaxLength(400);

        var code = Table<CodeListEntry>("Dimension", "Code");
        code.HasKey(x => new { x.CodeSet, x.Code });
        code.Property(x => x.Label).HasMaxLength(200);

        // The measures read facts by date range, once per period: each fact's date index carries the columns they
        // read after the date (unit, person, flags), so a range scan never goes back to the table for a row.
        Fact<Contact>("Contact", x => x.ContactKey, x => x.ContactId, x => new { x.ContactDate, x.PersonKey, x.IsEarlyHelpOutcome });
        b.Entity<Contact>().HasIndex(x => new { x.PersonKey, x.ContactDate });
        Person<Contact>(x => x.PersonKey);

        // The date index ends with the episode's key and id, so that the episodes open at each period end (OpenAtPeriodEnd:
        // every episode started by the end date and not ended by it, every id and key) are read from the index alone. Without
        // them each of the 1.4 million entries a full refresh scans for its 68 end dates was fetched from the table to test
        // its end date (PostgreSQL), and each row kept to read its id (SQLite): the whole table took 1.9-2.8 s to write on
        // PostgreSQL and 1.4-1.7 s with them, the rows 0.60-0.67 s to find on SQLite and 0.42-0.43 s with them
        // (docs/performance.md).
        Fact<EarlyHelpEpisode>("EarlyHelpEpisode", x => x.EpisodeKey, x => x.EpisodeId,
            x => new { x.StartDate, x.EndDate, x.OrgUnitKey, x.PersonKey, x.LeadOrganisationKey, x.ReferralDate, x.EpisodeKey, x.EpisodeId });
        var eh = b.Entity<EarlyHelpEpisode>();
        eh.HasIndex(x => new { x.PersonKey, x.StartDate, x.EndDate });
        eh.HasIndex(x => new { x.EndDate, x.StartDate, x.OrgUnitKey, x.PersonKey, x.EndReasonCode });
        // Closures for one reason in a window (sustained outcomes, step-ups known only from the end reason).
        eh.HasIndex(x => new { x.EndReasonCode, x.EndDate, x.OrgUnitKey, x.PersonKey });
        // A team's episodes by start: distinct counts by organisation read each unit's teams' episodes in turn, so
        // their rows arrive grouped by unit and need no sort (see MeasureAggregator.ByOrganisation).
        eh.HasIndex(x => new { x.OrgUnitKey, x.StartDate, x.EndDate, x.PersonKey, x.LeadOrganisationKey });
        Person<EarlyHelpEpisode>(x => x.PersonKey);
        Org<EarlyHelpEpisode>(x => x.OrgUnitKey);
        eh.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyKey).OnDelete(DeleteBehavior.Restrict);
        eh.HasOne<LeadOrganisation>().WithMany().HasForeignKey(x => x.LeadOrganisationKey).OnDelete(DeleteBehavior.Restrict);
        eh.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProfessionalKey).OnDelete(DeleteBehavior.Restrict);
        // SSD's earl_episode_reason is NVARCHAR(MAX): kept whole, never cut.
        eh.Property(x => x.Reason).Metadata.SetMaxLength(null);

        Fact<SocialCareReferral>("SocialCareReferral", x => x.ReferralKey, x => x.ReferralId, x => new { x.ReferralDate, x.CloseDate, x.OrgUnitKey, x.PersonKey, x.IsNoFurtherAction });
        var csc = b.Entity<SocialCareReferral>();
        // A child's referrals in date order: step-ups, re-referrals and sustained outcomes look them up per child.
        csc.HasIndex(x => new { x.PersonKey, x.ReferralDate, x.IsNoFurtherAction });
        csc.HasIndex(x => new { x.CloseDate, x.OrgUnitKey, x.PersonKey, x.CloseReasonCode });
        // A team's referrals by date, for the same reason as episodes by team above (children open to social care).
        csc.HasIndex(x => new { x.OrgUnitKey, x.ReferralDate, x.CloseDate, x.PersonKey });
        Person<SocialCareReferral>(x => x.PersonKey);
        Org<SocialCareReferral>(x => x.OrgUnitKey);

        Fact<SocialCareAssessment>("SocialCareAssessment", x => x.AssessmentKey, x => x.AssessmentId, x => x.StartDate);
        Person<SocialCareAssessment>(x => x.PersonKey);
        Org<SocialCareAssessment>(x => x.OrgUnitKey);
        b.Entity<SocialCareAssessment>().HasOne<SocialCareReferral>().WithMany().HasForeignKey(x => x.ReferralKey).OnDelete(DeleteBehavior.Restrict);

        Fact<ChildProtectionPlan>("ChildProtectionPlan", x => x.PlanKey, x => x.PlanId, x => x.StartDate);
        Person<ChildProtectionPlan>(x => x.PersonKey);
        b.Entity<ChildProtectionPlan>().HasOne<SocialCareReferral>().WithMany().HasForeignKey(x => x.ReferralKey).OnDelete(DeleteBehavior.Restrict);

        Fact<LookedAfterEpisode>("LookedAfterEpisode", x => x.EpisodeKey, x => x.EpisodeId, x => x.StartDate);
        Person<LookedAfterEpisode>(x => x.PersonKey);

        Fact<Involvement>("Involvement", x => x.InvolvementKey, x => x.InvolvementId, x => x.StartDate);
        var inv = b.Entity<Involvement>();
        inv.HasIndex(x => new { x.PersonKey, x.StartDate });
        inv.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonKey).OnDelete(DeleteBehavior.Restrict);
        inv.HasOne<SocialCareReferral>().WithMany().HasForeignKey(x => x.ReferralKey).OnDelete(DeleteBehavior.Restrict);
        inv.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProfessionalKey).OnDelete(DeleteBehavior.Restrict);
        Org<Involvement>(x => x.OrgUnitKey);

        Fact<Section47Enquiry>("Section47Enquiry", x => x.EnquiryKey, x => x.EnquiryId, x => x.StartDate);
        Person<Section47Enquiry>(x => x.PersonKey);
        Org<Section47Enquiry>(x => x.OrgUnitKey);
        b.Entity<Section47Enquiry>().HasOne<SocialCareReferral>().WithMany().HasForeignKey(x => x.ReferralKey).OnDelete(DeleteBehavior.Restrict);

        Fact<EarlyHelpAssessment>("EarlyHelpAssessment", x => x.AssessmentKey, x => x.AssessmentId, x => new { x.CompletedDate, x.EpisodeKey, x.PersonKey, x.LeadOrganisationKey });
        var eha = b.Entity<EarlyHelpAssessment>();
        eha.HasIndex(x => new { x.EpisodeKey, x.CompletedDate });
        Person<EarlyHelpAssessment>(x => x.PersonKey);
        Episode<EarlyHelpAssessment>(x => x.EpisodeKey);
        eha.HasOne<LeadOrganisation>().WithMany().HasForeignKey(x => x.LeadOrganisationKey).OnDelete(DeleteBehavior.Restrict);

        Fact<PlanReview>("PlanReview", x => x.ReviewKey, x => x.ReviewId, x => x.ReviewDate);
        b.Entity<PlanReview>().HasIndex(x => new { x.EpisodeKey, x.ReviewDate, x.ReviewType });
        Episode<PlanReview>(x => x.EpisodeKey);

        Fact<OutcomeScore>("OutcomeScore", x => x.ScoreKey, x => x.ScoreId, x => x.ScoreDate);
        b.Entity<OutcomeScore>().HasIndex(x => new { x.EpisodeKey, x.Stage, x.ScoreDate, x.Domain, x.Score });
        Episode<OutcomeScore>(x => x.EpisodeKey);

        var audit = Table<CaseAudit>("Fact", "CaseAudit");
        audit.HasKey(x => x.CaseAuditKey);
        audit.HasIndex(x => new { x.AuditId, x.Section }).IsUnique();
        audit.HasIndex(x => x.AuditDate);
        audit.HasIndex(x => x.LineageBatchId);
        audit.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonKey).OnDelete(DeleteBehavior.Restrict);
        audit.HasOne<EarlyHelpEpisode>().WithMany().HasForeignKey(x => x.EpisodeKey).OnDelete(DeleteBehavior.Restrict);
        Org<CaseAudit>(x => x.OrgUnitKey);
        Lineage<CaseAudit>(x => x.LineageBatchId);

        Fact<FamilyProgrammeAttachment>("FamilyProgrammeAttachment", x => x.AttachmentKey, x => x.AttachmentId, x => x.AttachedDate);
        b.Entity<FamilyProgrammeAttachment>().HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyKey).OnDelete(DeleteBehavior.Restrict);
        Org<FamilyProgrammeAttachment>(x => x.OrgUnitKey);

        Fact<FamilyFeedback>("FamilyFeedback", x => x.FeedbackKey, x => x.FeedbackId, x => x.ResponseDate);
        b.Entity<FamilyFeedback>().HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyKey).OnDelete(DeleteBehavior.Restrict);
        Episode<FamilyFeedback>(x => x.EpisodeKey);
        Org<FamilyFeedback>(x => x.OrgUnitKey);

        foreach (var dim in new[] { typeof(Dimensions.Person), typeof(Family), typeof(FamilyMember), typeof(OrganisationUnit), typeof(Professional), typeof(LeadOrganisation) })
            b.Entity(dim).HasOne(typeof(LoadBatch)).WithMany().HasForeignKey("LineageBatchId").OnDelete(DeleteBehavior.Restrict);

        var measure = Table<Measure>("Dimension", "Measure");
        measure.HasKey(x => x.MeasureCode);
        measure.Property(x => x.Description).HasMaxLength(2000);
        measure.Property(x => x.NumeratorDefinition).HasMaxLength(1000);
        measure.Property(x => x.DenominatorDefinition).HasMaxLength(1000);
        measure.Property(x => x.AvailabilityNote).HasMaxLength(1000);

        var period = Table<Period>("Dimension", "Period");
        period.HasKey(x => x.PeriodKey);
        period.Property(x => x.PeriodKey).ValueGeneratedNever();
        period.HasIndex(x => new { x.Grain, x.StartDate }).IsUnique();
        period.HasIndex(x => x.Label);

        var target = Table<Target>("Dimension", "Target");
        target.HasKey(x => x.TargetKey);
        target.HasIndex(x => new { x.MeasureCode, x.FinancialYearStart, x.OrgUnitKey }).IsUnique();
        target.HasOne<Measure>().WithMany().HasForeignKey(x => x.MeasureCode).OnDelete(DeleteBehavior.Cascade);
        target.HasOne<OrganisationUnit>().WithMany().HasForeignKey(x => x.OrgUnitKey).OnDelete(DeleteBehavior.Cascade);

        // Written by the refresh, read by the measures counted at period end, an end date at a time: the index carries
        // every column they read, so no row is read from the table. (An index led by the team, for rows already in
        // unit order, was not chosen by SQLite's planner beside one led by the end date.) No foreign keys: the rows
        // are the refresh's copy of what the episodes were when it last ran, as the snapshot is, and change with it
        // (an episode deleted at source leaves them until the next refresh, which redoes the dates it held).
        var open = Table<EarlyHelpOpenAtPeriodEnd>("Fact", "EarlyHelpOpenAtPeriodEnd");
        open.HasKey(x => new { x.PeriodEndDate, x.EpisodeKey });
        open.HasIndex(x => new { x.PeriodEndDate, x.PersonKey, x.OrgUnitKey, x.StartDate, x.EpisodeKey });

        var value = Table<MeasureValue>("Fact", "MeasureValue");
        value.HasKey(x => x.MeasureValueKey);
        value.HasIndex(x => new { x.MeasureCode, x.PeriodKey, x.OrgUnitKey, x.BreakdownKind, x.BreakdownValue }).IsUnique();
        // Read by period (the publisher, the incremental refresh's stored values and deletes) and by measure (the
        // unique key). No index by unit or by batch: no query reads the snapshot by either (they were what was left of
        // the foreign keys below), and each index is kept row by row as the refresh writes 128,140 values
        // (migration SnapshotWithoutUnreadIndexes; docs/performance.md).
        value.HasIndex(x => x.PeriodKey);
        // No foreign keys (since migration SnapshotWithoutForeignKeys): the snapshot is derived, written only by the
        // refresh, from the measure, period and unit keys it has just read in the same transaction, and replaced whole
        // by a full refresh (which a load that changes teams forces). Nothing deletes measures, periods, units or a
        // batch a value names (a skipped load's batch is deleted before anything can name it), so the keys could only
        // check what the writer already knows, and checking them was most of PostgreSQL's write: its foreign keys are
        // checked row by row, 3.7 s against 0.6-0.8 s without them for the 128,140 values of a full refresh (COPY into
        // a copy of the table, the same server and load). The published tables, copies too, have none either.
        value.Property(x => x.IsAvailable).HasDefaultValue(true);
        value.Property(x => x.NotAvailableReason).HasMaxLength(1000);

        // Published: what each audience may see, written at refresh. Copies, not facts: no foreign keys, and the
        // base class is no table of its own (each audience's table stands alone).
        b.Ignore<PublishedMeasureValue>();
        var publishedUnit = Table<PublishedOrgUnit>("Published", "OrgUnit");
        publishedUnit.HasKey(x => x.OrgUnitKey);
        publishedUnit.Property(x => x.OrgUnitKey).ValueGeneratedNever();
        Published<InternalMeasureValue>("InternalMeasureValue");
        Published<PartnershipMeasureValue>("PartnershipMeasureValue");

        var refresh = Table<MeasureRefresh>("Integration", "MeasureRefresh");
        refresh.HasKey(x => x.MeasureRefreshId);
        refresh.Property(x => x.Message).HasMaxLength(2000);

        var batch = Table<LoadBatch>("Integration", "LoadBatch");
        batch.HasKey(x => x.LoadBatchId);
        batch.HasIndex(x => new { x.FileHash, x.Status });
        batch.Ignore(x => x.RowsLoaded);
        batch.Property(x => x.Message).HasMaxLength(4000);
        batch.Property(x => x.SourceShape).HasMaxLength(1000);
        batch.Property(x => x.UnreadFiles).HasMaxLength(2000);
        batch.HasMany(x => x.Tables).WithOne().HasForeignKey(x => x.LoadBatchId);

        var table = Table<LoadBatchTable>("Integration", "LoadBatchTable");
        table.HasKey(x => new { x.LoadBatchId, x.TableName });
        table.Property(x => x.IgnoredColumns).HasMaxLength(2000);
        table.Property(x => x.RenamedColumns).HasMaxLength(1000);
        table.Property(x => x.NotExpressed).HasMaxLength(1000);
        table.Property(x => x.AbsentColumns).HasMaxLength(2000);
        table.Property(x => x.ChangedProperties).HasMaxLength(LoadBatchTable.ChangedPropertiesLength);

        var reject = Table<Reject>("Integration", "Reject");
        reject.HasKey(x => x.RejectId);
        reject.HasIndex(x => new { x.LoadBatchId, x.FileName, x.LineNumber });
        reject.Property(x => x.Reason).HasMaxLength(1000);
        reject.HasOne<LoadBatch>().WithMany().HasForeignKey(x => x.LoadBatchId).OnDelete(DeleteBehavior.Cascade);

        var warning = Table<LoadWarning>("Integration", "LoadWarning");
        warning.HasKey(x => x.LoadWarningId);
        warning.HasIndex(x => new { x.LoadBatchId, x.FileName, x.ColumnName });
        warning.Property(x => x.Message).HasMaxLength(1000);
        warning.HasOne<LoadBatch>().WithMany().HasForeignKey(x => x.LoadBatchId).OnDelete(DeleteBehavior.Cascade);

        var pack = Table<PublishedPack>("Integration", "PublishedPack");
        pack.HasKey(x => x.PublishedPackId);
        pack.HasIndex(x => new { x.TemplateName, x.PeriodLabel }).IsUnique();
        pack.Property(x => x.TemplateName).HasMaxLength(100);
        pack.Property(x => x.PeriodLabel).HasMaxLength(20);
        pack.Property(x => x.WorkbookFile).HasMaxLength(400);
        pack.Property(x => x.ChartsFile).HasMaxLength(400);

        var run = Table<JobRun>("Integration", "JobRun");
        run.HasKey(x => x.JobRunId);
        run.HasIndex(x => new { x.Job, x.Status, x.FinishedAtUtc });
        run.Property(x => x.Job).HasMaxLength(40);
        run.Property(x => x.Trigger).HasMaxLength(40);
        run.Property(x => x.Status).HasMaxLength(20);
        run.Property(x => x.Message).HasMaxLength(4000);

        var deleted = Table<DeletedRecord>("Integration", "DeletedRecord");
        deleted.HasKey(x => x.DeletedRecordId);
        deleted.HasIndex(x => new { x.TableName, x.RecordId });
        deleted.HasIndex(x => new { x.DeletedByBatchId, x.TableName });
        deleted.Property(x => x.TableName).HasMaxLength(64);
        deleted.Property(x => x.Record).HasMaxLength(4000);
        deleted.Property(x => x.Reason).HasMaxLength(400);
        deleted.HasOne<LoadBatch>().WithMany().HasForeignKey(x => x.DeletedByBatchId).OnDelete(DeleteBehavior.Restrict);

        // SQLite keeps no column descriptions (a comment would only sit in its CREATE TABLE text), and changing
        // one there rebuilds the table: the servers, where a DBA reads them, get them.
        if (usesSchemas) WarehouseDescriptions.Apply(b);
    }

    private void Fact<T>(string name, System.Linq.Expressions.Expression<Func<T, object?>> key,
        System.Linq.Expressions.Expression<Func<T, object?>> naturalKey,
        System.Linq.Expressions.Expression<Func<T, object?>> eventDateIndex) where T : class
    {
        var e = Table<T>("Fact", name);
        e.HasKey(key);
        e.HasIndex(naturalKey).IsUnique();
        e.HasIndex(eventDateIndex);
        e.HasIndex("LineageBatchId");
        e.HasOne<LoadBatch>().WithMany().HasForeignKey("LineageBatchId").OnDelete(DeleteBehavior.Restrict);
    }

    private void Published<T>(string name) where T : PublishedMeasureValue
    {
        var e = Table<T>("Published", name);
        e.HasKey(x => x.PublishedValueKey);
        e.Property(x => x.PublishedValueKey).ValueGeneratedNever();
        e.HasIndex(x => new { x.MeasureCode, x.PeriodKey, x.OrgUnitKey, x.BreakdownKind, x.BreakdownValue }).IsUnique();
        e.Property(x => x.Note).HasMaxLength(1000);
    }

    private void Person<T>(System.Linq.Expressions.Expression<Func<T, object?>> fk) where T : class =>
        b.Entity<T>().HasOne<Person>().WithMany().HasForeignKey(fk).OnDelete(DeleteBehavior.Restrict);

    private void Org<T>(System.Linq.Expressions.Expression<Func<T, object?>> fk) where T : class =>
        b.Entity<T>().HasOne<OrganisationUnit>().WithMany().HasForeignKey(fk).OnDelete(DeleteBehavior.Restrict);

    private void Episode<T>(System.Linq.Expressions.Expression<Func<T, object?>> fk) where T : class =>
        b.Entity<T>().HasOne<EarlyHelpEpisode>().WithMany().HasForeignKey(fk).OnDelete(DeleteBehavior.Restrict);

    private void Lineage<T>(System.Linq.Expressions.Expression<Func<T, object?>> fk) where T : class =>
        b.Entity<T>().HasOne<LoadBatch>().WithMany().HasForeignKey(fk).OnDelete(DeleteBehavior.Restrict);
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublishedScorecard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "Published");

            migrationBuilder.AlterTable(
                name: "Target",
                schema: "Dimension",
                comment: "A target for a measure in a financial year, for every unit or for one (report-templates/targets.json).");

            migrationBuilder.AlterTable(
                name: "SocialCareReferral",
                schema: "Fact",
                comment: "A referral to children's social care and the child in need episode it opens (ssd_cin_episodes).");

            migrationBuilder.AlterTable(
                name: "SocialCareAssessment",
                schema: "Fact",
                comment: "A social care (single) assessment (ssd_cin_assessments).");

            migrationBuilder.AlterTable(
                name: "Section47Enquiry",
                schema: "Fact",
                comment: "A section 47 enquiry (ssd_s47_enquiry).");

            migrationBuilder.AlterTable(
                name: "Reject",
                schema: "Integration",
                comment: "A row that was not loaded, and why.");

            migrationBuilder.AlterTable(
                name: "Professional",
                schema: "Dimension",
                comment: "A worker (ssd_professionals); staff ids are pseudonymised too, as they sit beside children's records.");

            migrationBuilder.AlterTable(
                name: "PlanReview",
                schema: "Fact",
                comment: "A plan review or Team Around the Family meeting (ext_plan_reviews).");

            migrationBuilder.AlterTable(
                name: "Person",
                schema: "Dimension",
                comment: "A child or adult family member, pseudonymised: no names, addresses or full dates of birth.");

            migrationBuilder.AlterTable(
                name: "Period",
                schema: "Dimension",
                comment: "A reporting period: month, financial quarter (April-June is Q1), financial year (April-March) or calendar year.");

            migrationBuilder.AlterTable(
                name: "OutcomeScore",
                schema: "Fact",
                comment: "One domain score on a progression-of-change tool such as a spidergraph or Outcome Star (ext_outcome_scores).");

            migrationBuilder.AlterTable(
                name: "OrganisationUnitAncestor",
                schema: "Dimension",
                comment: "Closure table of the organisation hierarchy: one row per unit and each of its ancestors (itself included), so measures roll up to every level with one join.");

            migrationBuilder.AlterTable(
                name: "OrganisationUnit",
                schema: "Dimension",
                comment: "Teams, localities (or service areas) and the authority itself, as a parent hierarchy.");

            migrationBuilder.AlterTable(
                name: "MeasureValue",
                schema: "Fact",
                comment: "The computed snapshot: one measure, period, organisation unit and breakdown, as computed, before anything is withheld. Outputs read the Published tables.");

            migrationBuilder.AlterTable(
                name: "MeasureRefresh",
                schema: "Integration",
                comment: "One refresh of the snapshot: what it recomputed and why.");

            migrationBuilder.AlterTable(
                name: "Measure",
                schema: "Dimension",
                comment: "The measure catalogue: each measure's definition, unit and polarity, beside its values.");

            migrationBuilder.AlterTable(
                name: "LookedAfterEpisode",
                schema: "Fact",
                comment: "A period of being looked after (ssd_cla_episodes).");

            migrationBuilder.AlterTable(
                name: "LoadWarning",
                schema: "Integration",
                comment: "A value that was odd but did not stop its row loading (an unknown code, a placeholder, a sentinel date, an over-long optional text): the field was loaded as unknown. One row per load, file, column, kind and value; also what was odd about a whole file.");

            migrationBuilder.AlterTable(
                name: "LoadBatchTable",
                schema: "Integration",
                comment: "Counts for one source table within a load.");

            migrationBuilder.AlterTable(
                name: "LoadBatch",
                schema: "Integration",
                comment: "One load of one extract: every fact and dimension row points at the batch that last wrote it.");

            migrationBuilder.AlterTable(
                name: "LeadOrganisation",
                schema: "Dimension",
                comment: "An organisation that leads early help or completes assessments (a school, health visiting, the local authority...).");

            migrationBuilder.AlterTable(
                name: "Involvement",
                schema: "Fact",
                comment: "A worker's (and team's) involvement with a child (ssd_involvements): where early help episodes get a team the extract does not give.");

            migrationBuilder.AlterTable(
                name: "FamilyProgrammeAttachment",
                schema: "Fact",
                comment: "A family attached to the Supporting Families programme, and its outcome claim (ext_family_programme).");

            migrationBuilder.AlterTable(
                name: "FamilyMember",
                schema: "Dimension",
                comment: "Bridge between families and their members (ssd_family).");

            migrationBuilder.AlterTable(
                name: "FamilyFeedback",
                schema: "Fact",
                comment: "A family's answer to \"was the support timely and helpful?\" (ext_family_feedback).");

            migrationBuilder.AlterTable(
                name: "Family",
                schema: "Dimension",
                comment: "A family (ssd_family), pseudonymised.");

            migrationBuilder.AlterTable(
                name: "EarlyHelpEpisode",
                schema: "Fact",
                comment: "An early help episode (ssd_early_help_episodes with ext_early_help_episode_details).");

            migrationBuilder.AlterTable(
                name: "EarlyHelpAssessment",
                schema: "Fact",
                comment: "An Early Help Assessment (EHA, formerly CAF) (ext_early_help_assessments).");

            migrationBuilder.AlterTable(
                name: "DeletedRecord",
                schema: "Integration",
                comment: "A record deleted at source: a later full snapshot no longer had it. It left its fact table in the same transaction, so nothing counts it, and is kept here whole.");

            migrationBuilder.AlterTable(
                name: "Date",
                schema: "Dimension",
                comment: "One row per calendar day, with the financial year, quarter and month it falls in and whether it is a working day.");

            migrationBuilder.AlterTable(
                name: "Contact",
                schema: "Fact",
                comment: "A contact at the front door (ssd_contacts).");

            migrationBuilder.AlterTable(
                name: "Code",
                schema: "Dimension",
                comment: "The code lists the extract contract accepts, with their labels.");

            migrationBuilder.AlterTable(
                name: "ChildProtectionPlan",
                schema: "Fact",
                comment: "A child protection plan (ssd_cp_plans).");

            migrationBuilder.AlterTable(
                name: "CaseAudit",
                schema: "Fact",
                comment: "One section's grade in a case audit (ext_case_audits): 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.");

            migrationBuilder.AlterColumn<double>(
                name: "Value",
                schema: "Dimension",
                table: "Target",
                type: "float",
                nullable: false,
                comment: "The target: a count or a percentage.",
                oldClrType: typeof(double),
                oldType: "float");

            migrationBuilder.AlterColumn<double>(
                name: "Tolerance",
                schema: "Dimension",
                table: "Target",
                type: "float",
                nullable: true,
                comment: "Amber band: percentage points for percentages, a share (0.10 = 10%) for counts; empty for the default.",
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: true,
                comment: "The unit; empty for every unit without its own (year-to-date counts: the authority only).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Dimension",
                table: "Target",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The measure (Dimension.Measure).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: false,
                comment: "The financial year (2024 for 2024-25).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "TargetKey",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "SourceCode",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Who referred (code list ContactSource).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReferralId",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "ReferralDateKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                comment: "Referral date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "date",
                nullable: false,
                comment: "Date of the referral.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "OutcomeCodes",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Referral outcome codes joined with '|'.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<bool>(
                name: "IsStepDownOutcome",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bit",
                nullable: false,
                comment: "The referral outcome says step-down to early help.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bit",
                nullable: false,
                comment: "The referral led to no further action.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<string>(
                name: "CloseReasonCode",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Why the episode closed (CIN census RC1-RC9; RC9 is referred to early help).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "CloseDateKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: true,
                comment: "Close date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CloseDate",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "date",
                nullable: true,
                comment: "Date the episode closed; empty while open.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "date",
                nullable: false,
                comment: "Date the assessment started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "bigint",
                nullable: true,
                comment: "The referral assessed (Fact.SocialCareReferral).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AuthorisedDate",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "date",
                nullable: true,
                comment: "Date the assessment was authorised; empty until then.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AssessmentId",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<long>(
                name: "AssessmentKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                comment: "Start date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "date",
                nullable: false,
                comment: "Date the enquiry started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bigint",
                nullable: true,
                comment: "The referral it belongs to (Fact.SocialCareReferral).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bit",
                nullable: true,
                comment: "True when it ended with no further action; empty when not recorded.",
                oldClrType: typeof(bool),
                oldType: "bit",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "EnquiryId",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "date",
                nullable: true,
                comment: "Date it ended; empty while open.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EnquiryKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Value",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The offending value; identifiers shown pseudonymised and dates of birth withheld.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                comment: "Why the row was rejected.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "Reject",
                type: "int",
                nullable: false,
                comment: "The load (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineNumber",
                schema: "Integration",
                table: "Reject",
                type: "int",
                nullable: false,
                comment: "Physical line in the file (the header is line 1).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The file the row was in.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ColumnName",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The column at fault; empty for the row as a whole.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "RejectId",
                schema: "Integration",
                table: "Reject",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "Dimension",
                table: "Professional",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                comment: "Job title or role.",
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ProfessionalId",
                schema: "Dimension",
                table: "Professional",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: true,
                comment: "The worker's team.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "ReviewType",
                schema: "Fact",
                table: "PlanReview",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "TAF (a Team Around the Family meeting) or REVIEW (a single-agency plan review).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ReviewId",
                schema: "Fact",
                table: "PlanReview",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReviewDate",
                schema: "Fact",
                table: "PlanReview",
                type: "date",
                nullable: false,
                comment: "Date of the review or meeting.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "PlanReview",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "PlanReview",
                type: "bigint",
                nullable: false,
                comment: "The early help episode (Fact.EarlyHelpEpisode).",
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<long>(
                name: "ReviewKey",
                schema: "Fact",
                table: "PlanReview",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Sex",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "M, F, U (unknown) or I (indeterminate).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "MonthOfBirth",
                schema: "Dimension",
                table: "Person",
                type: "date",
                nullable: true,
                comment: "Date of birth truncated to the first day of its month.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Person",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "EthnicityGroup",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "DfE major ethnic group: White, Mixed, Asian, Black, Other, Unknown.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "EthnicityCode",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "DfE ethnicity code, e.g. WBRI.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Dimension",
                table: "Person",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "YearToDateStart",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                comment: "Where year-to-date counts start: 1 April (1 January for calendar years).",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                comment: "First day as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                comment: "First day of the period.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                comment: "Sorts periods in time order.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "SamePeriodLastYearKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: true,
                comment: "The same period a year earlier.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PreviousPeriodKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: true,
                comment: "The previous period of the same grain.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<bool>(
                name: "IsComplete",
                schema: "Dimension",
                table: "Period",
                type: "bit",
                nullable: false,
                comment: "False while the data does not yet reach the period's end.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<string>(
                name: "Grain",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Month, FinancialQuarter, FinancialYear or CalendarYear.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                comment: "Calendar year in which the financial year starts.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FinancialYearLabel",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"2024-25\".",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "EndDateKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                comment: "Last day as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                comment: "Last day of the period.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "PeriodKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                comment: "A digit for the grain (1 month, 2 financial quarter, 3 financial year, 4 calendar year), then the first day as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Tool",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The tool used, e.g. Spidergraph.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Stage",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "BASELINE, REVIEW or CLOSURE.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ScoreId",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ScoreDate",
                schema: "Fact",
                table: "OutcomeScore",
                type: "date",
                nullable: false,
                comment: "Date the score was given.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "Score",
                schema: "Fact",
                table: "OutcomeScore",
                type: "int",
                nullable: false,
                comment: "The score (1 serious concern to 10 thriving on a spidergraph).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "OutcomeScore",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "OutcomeScore",
                type: "bigint",
                nullable: false,
                comment: "The early help episode (Fact.EarlyHelpEpisode).",
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<string>(
                name: "Domain",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The domain scored, e.g. Health.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<long>(
                name: "ScoreKey",
                schema: "Fact",
                table: "OutcomeScore",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "Distance",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                comment: "Levels between them: 0 for the unit itself, 1 for its parent.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "AncestorOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                comment: "The unit itself or one above it.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                comment: "The unit.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "ParentOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: true,
                comment: "The unit above it; empty for the authority.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "OrgUnitId",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's team id (dept_team_id), or AUTHORITY for the whole authority.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                comment: "Name as staff know it.",
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Level",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "Team",
                comment: "Authority, Locality or Team.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldDefaultValue: "Team");

            migrationBuilder.AlterColumn<int>(
                name: "Depth",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                defaultValue: 0,
                comment: "0 for the authority, 1 below it, and so on.",
                oldClrType: typeof(int),
                oldType: "int",
                oldDefaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<double>(
                name: "Value",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                comment: "The count, or the percentage (0-100); empty when the denominator is 0.",
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "Target",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                comment: "The target that applies, profiled to the period for year-to-date counts.",
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "RefreshedAtUtc",
                schema: "Fact",
                table: "MeasureValue",
                type: "datetime2",
                nullable: false,
                comment: "When it was computed (UTC).",
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AlterColumn<string>(
                name: "Rag",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Green, Amber or Red against the target, as if final.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "PreviousValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                comment: "The previous period's value.",
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PeriodKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                comment: "The period (Dimension.Period).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                comment: "The unit (Dimension.OrganisationUnit).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "Numerator",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                comment: "The count, or the percentage's numerator.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "NotAvailableReason",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "Why the value is not available, in words for the reader.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The measure (Dimension.Measure).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                comment: "The newest load batch it was computed from.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<double>(
                name: "LastYearValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                comment: "The same period last year's value.",
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);

            migrationBuilder.AlterColumn<bool>(
                name: "IsSmallNumber",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                comment: "A count of 1 to 5, or a percentage built on one.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsProvisional",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                comment: "Later records can still change the value (the data does not reach the period end plus the settling window).",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsAvailable",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                defaultValue: true,
                comment: "False when the data loaded cannot express what the measure needs for this period (a table never loaded, or records from a source that does not record a field): not available from this source, never 0; no value, target, RAG or direction.",
                oldClrType: typeof(bool),
                oldType: "bit",
                oldDefaultValue: true);

            migrationBuilder.AlterColumn<string>(
                name: "DirectionVsPrevious",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Direction against the previous period (empty for year-to-date counts).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DirectionVsLastYear",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Direction against the same period last year.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Denominator",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: true,
                comment: "The percentage's denominator; empty for counts.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BreakdownValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "All, or the band, sex, group or grade.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "BreakdownKind",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<long>(
                name: "MeasureValueKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "ValuesWritten",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                comment: "How many values were written.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "UpToBatchId",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                comment: "The newest load batch it includes.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "TargetsHash",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "SHA-256 of the targets file used: a changed file means every RAG is redone.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartedAtUtc",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "datetime2",
                nullable: false,
                comment: "When it started (UTC).",
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "RecomputedFrom",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "date",
                nullable: true,
                comment: "Periods ending on or after this date were recomputed (empty: all).",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PeriodsRecomputed",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                comment: "How many periods were recomputed.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                comment: "What the refresh did, in words.",
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Full or Incremental.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateTime>(
                name: "FinishedAtUtc",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "datetime2",
                nullable: true,
                comment: "When it finished (UTC).",
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "MeasureRefreshId",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                comment: "Refresh number.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DataAsOf",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "date",
                nullable: true,
                comment: "The latest business date in the data (not after the day of the refresh): provisional values are judged by it.");

            migrationBuilder.AlterColumn<string>(
                name: "Unit",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Count or Percentage.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Source",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Where the definition comes from.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Measure",
                type: "int",
                nullable: false,
                comment: "Order on the scorecard.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "SettlesAfterDays",
                schema: "Dimension",
                table: "Measure",
                type: "int",
                nullable: false,
                comment: "Days after a period ends in which later records can still change its value (0: final when the period ends).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "RequiredTables",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Extract tables the measure needs.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Polarity",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "HigherIsBetter, LowerIsBetter or Context (no RAG).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "NumeratorDefinition",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                comment: "What the numerator (or the count) counts.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The measure's name, the same in every output.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<bool>(
                name: "IsAvailable",
                schema: "Dimension",
                table: "Measure",
                type: "bit",
                nullable: false,
                comment: "False when a table it needs was never loaded: not available, never zero.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                comment: "What the measure shows, in plain words.",
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000);

            migrationBuilder.AlterColumn<string>(
                name: "DenominatorDefinition",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "What the denominator counts; empty for counts.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CountingUnit",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "What one unit is: Child, Family, Episode, Audit...",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Breakdowns",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Breakdowns beyond organisation unit.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "AvailabilityNote",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "Why the measure is not available.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Catalogue code, e.g. EH07.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "date",
                nullable: false,
                comment: "Date the episode started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "EpisodeId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "EndReasonCode",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Why it ceased (code list LookedAfterEndReason).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "date",
                nullable: true,
                comment: "Date it ceased; empty while looked after.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Value",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Rows",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: false,
                comment: "Rows with this value.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                comment: "What happened, in words.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000);

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: false,
                comment: "The load (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "What was odd: unknown code, placeholder, placeholder date, too long, not a date...",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "FirstLine",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: true,
                comment: "Physical line of the first such row (the header is line 1); empty for a whole file.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The file.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "ColumnName",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The column; empty for what concerns a whole file.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CodeList",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The mapping list the value belongs to, when a mapping file line would fix it.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "LoadWarningId",
                schema: "Integration",
                table: "LoadWarning",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows loaded with at least one optional field treated as unknown.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUpdated",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows that changed a record already there.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUnchanged",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows identical to what was there.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRejected",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows not loaded.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRead",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows read: loaded plus rejected.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsInserted",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Rows new to the warehouse.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "Records of this table missing from the file, a full snapshot of its window: moved to Integration.DeletedRecord.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "RenamedColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "Columns read under an older SSD name.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "NotExpressed",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "Properties this file's form cannot record (a SystemC contact outcome has no early help flag): measures that need them are not available from this source for the periods its rows fall in.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IgnoredColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                comment: "Columns in the file that the contract does not know.",
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The file it came from.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EarliestAffectedDate",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "date",
                nullable: true,
                comment: "The earliest business date the load changed: periods ending before it (less the longest backward window) need no recomputing.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AbsentColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                comment: "Optional contract columns the file lacked: their stored values were kept, not erased.",
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TableName",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The extract table, e.g. ssd_contacts.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                comment: "The load (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "UnreadFiles",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                comment: "SSD files in the extract that are not read (addresses, disabilities...).",
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Running, Succeeded or Failed (a load that would change nothing keeps no batch).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartedAtUtc",
                schema: "Integration",
                table: "LoadBatch",
                type: "datetime2",
                nullable: false,
                comment: "When the load started (UTC).",
                oldClrType: typeof(DateTime),
                oldType: "datetime2");

            migrationBuilder.AlterColumn<string>(
                name: "SourceShape",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                comment: "The case-system shape recognised (SystemC, Eclipse, Mosaic, Scorecard), and why.",
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "SourceRelease",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The SSD release the extract's column names belong to, when they say.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "SourceName",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The folder or file loaded.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "SourceKind",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"SSD extract\", \"Annex A\", \"CIN census\".",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows loaded with at least one optional field treated as unknown (they are among the loaded rows; Integration.LoadWarning says which).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUpdated",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows that changed a record already there.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUnchanged",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows identical to what was there.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRejected",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows not loaded (Integration.Reject says why).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRead",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows read: loaded plus rejected.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsInserted",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Rows new to the warehouse.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Records this load found deleted at source (missing from a full snapshot), with the records that belonged to them (Integration.DeletedRecord).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                comment: "What happened, in words.",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "FinishedAtUtc",
                schema: "Integration",
                table: "LoadBatch",
                type: "datetime2",
                nullable: true,
                comment: "When it finished (UTC).",
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "FileHash",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "SHA-256 over the extract's files (names and contents).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                comment: "Batch number, in load order.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                comment: "The organisation's name.",
                oldClrType: typeof(string),
                oldType: "nvarchar(400)",
                oldMaxLength: 400);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "Involvement",
                type: "date",
                nullable: false,
                comment: "Date the involvement started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<string>(
                name: "RoleCode",
                schema: "Fact",
                table: "Involvement",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's kind of involvement.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "Involvement",
                type: "bigint",
                nullable: true,
                comment: "The referral it belongs to (Fact.SocialCareReferral).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                comment: "The worker (Dimension.Professional).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                comment: "The child (Dimension.Person); taken from the referral when the extract names none.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                comment: "The worker's team (Dimension.OrganisationUnit).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "InvolvementId",
                schema: "Fact",
                table: "Involvement",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "Involvement",
                type: "date",
                nullable: true,
                comment: "Date it ended; empty while open.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "InvolvementKey",
                schema: "Fact",
                table: "Involvement",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: false,
                comment: "The family (Dimension.Family).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "ClaimOutcome",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "SUCCESSFUL, REJECTED, or empty while no claim is made.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ClaimDate",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "date",
                nullable: true,
                comment: "Date of the payment-by-results claim.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AttachmentId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AttachedDate",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "date",
                nullable: false,
                comment: "Date the family was attached.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "AttachmentKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                comment: "The member (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FamilyMemberId",
                schema: "Dimension",
                table: "FamilyMember",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                comment: "The family (Dimension.Family).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<long>(
                name: "FamilyMemberKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<bool>(
                name: "TimelyAndHelpful",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bit",
                nullable: false,
                comment: "The family said yes.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ResponseDate",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "date",
                nullable: false,
                comment: "Date of the response.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FeedbackId",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: true,
                comment: "The family (Dimension.Family).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bigint",
                nullable: true,
                comment: "The early help episode (Fact.EarlyHelpEpisode).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "FeedbackKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Family",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FamilyId",
                schema: "Dimension",
                table: "Family",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Dimension",
                table: "Family",
                type: "int",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(int),
                oldType: "int")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<bool>(
                name: "TeamDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "bit",
                nullable: false,
                comment: "True when the load worked the team out (from ssd_involvements, or an organisation that is a team) rather than the extract giving it.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                comment: "Start date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: false,
                comment: "Date the episode started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReferralDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: true,
                comment: "Date of the referral to early help.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(max)",
                nullable: true,
                comment: "Why early help was offered, in the case system's words.",
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                comment: "The lead worker.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "LevelCode",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "SINGLE agency, TAF (multi-agency) or TARGETED support.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                comment: "The lead professional's organisation.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                comment: "The family (Dimension.Family).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "EpisodeId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "EndReasonCode",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Why it ended (code list EarlyHelpEndReason; SU is a step-up to social care).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "EndDateKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                comment: "End date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: true,
                comment: "Date the episode ended; empty while open.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "date",
                nullable: true,
                comment: "Date the assessment started.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: true,
                comment: "The organisation that completed it.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "bigint",
                nullable: false,
                comment: "The early help episode (Fact.EarlyHelpEpisode).",
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<int>(
                name: "CompletedDateKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: true,
                comment: "Completed date as yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "date",
                nullable: true,
                comment: "Date it was completed; empty until then.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AssessmentId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<long>(
                name: "AssessmentKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "TableName",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                comment: "The extract table the record came from, e.g. ssd_contacts.",
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<long>(
                name: "RecordKey",
                schema: "Integration",
                table: "DeletedRecord",
                type: "bigint",
                nullable: false,
                comment: "Its surrogate key in the fact table it left.",
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<string>(
                name: "RecordId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Its natural key as stored (a pseudonym; \"id|section\" for case audits).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Record",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                comment: "Every column of the stored row, as JSON, as it was when deleted.",
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                comment: "Why it was taken out.",
                oldClrType: typeof(string),
                oldType: "nvarchar(400)",
                oldMaxLength: 400);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EventDate",
                schema: "Integration",
                table: "DeletedRecord",
                type: "date",
                nullable: true,
                comment: "The date that placed it in the snapshot window (or its event date, for a record deleted with another).",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "DeletedByBatchId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "int",
                nullable: false,
                comment: "The load that found it deleted (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<long>(
                name: "DeletedRecordId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "MonthName",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Month name, e.g. November.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "MonthLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"2024-11\": sorts as text.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<bool>(
                name: "IsWorkingDay",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                comment: "Neither a weekend nor a bank holiday: the days working-day windows count.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsWeekend",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                comment: "Saturday or Sunday.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsBankHoliday",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                comment: "A bank holiday in England and Wales (substitute days and one-off holidays included).",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "Calendar year in which the financial year starts (2024 for 2024-25).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "FinancialYearLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"2024-25\".",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "FinancialQuarterLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "\"2024-25 Q3\".",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "FinancialQuarter",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "1 = April-June ... 4 = January-March.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialMonth",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "1 = April ... 12 = March.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "DayOfWeek",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "Day of the week, 0 = Sunday.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                schema: "Dimension",
                table: "Date",
                type: "date",
                nullable: false,
                comment: "The date.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<int>(
                name: "CalendarYear",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "Calendar year.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "CalendarMonth",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "Calendar month, 1 = January.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "BankHolidayName",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The bank holiday's name.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "DateKey",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                comment: "The date as the integer yyyymmdd.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "SourceCode",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Who made the contact (code list ContactSource).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "OutcomeCodes",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "Outcome codes joined with '|'.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<bool>(
                name: "IsSocialCareOutcome",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                comment: "An outcome is a referral to children's social care.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                comment: "The outcome is no further action.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsInformationAndAdvice",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                comment: "An outcome is information and advice.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<bool>(
                name: "IsEarlyHelpOutcome",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                comment: "An outcome is an early help referral.",
                oldClrType: typeof(bool),
                oldType: "bit");

            migrationBuilder.AlterColumn<string>(
                name: "ContactId",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ContactDateKey",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                comment: "Contact date as yyyymmdd (Dimension.Date).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ContactDate",
                schema: "Fact",
                table: "Contact",
                type: "date",
                nullable: false,
                comment: "Date of the contact.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "ContactKey",
                schema: "Fact",
                table: "Contact",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Code",
                type: "int",
                nullable: false,
                comment: "Order within its list.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "What the code means.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The code as stored in the facts.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "CodeSet",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "Which list: ContactSource, EarlyHelpEndReason, CinClosureReason, AuditSection...",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "date",
                nullable: false,
                comment: "Date the plan started.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "bigint",
                nullable: true,
                comment: "The referral it came from (Fact.SocialCareReferral).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PlanId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "int",
                nullable: false,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "date",
                nullable: true,
                comment: "Date the plan ended; empty while open.",
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "PlanKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key.",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Section",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The section graded (code list AuditSection; OVERALL is the overall judgement).",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                comment: "The child (Dimension.Person).",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ModeratedGrade",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                comment: "The moderator's grade where the audit was moderated: the final grade.",
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: false,
                comment: "The load batch that last wrote the row (Integration.LoadBatch).",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "Grade",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: false,
                comment: "The auditor's grade, 1 to 4.",
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "bigint",
                nullable: true,
                comment: "The early help episode (Fact.EarlyHelpEpisode).",
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AuditorId",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                comment: "The auditor, pseudonymised.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AuditId",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                comment: "The case system's id, pseudonymised with a keyed hash.",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AuditDate",
                schema: "Fact",
                table: "CaseAudit",
                type: "date",
                nullable: false,
                comment: "Date of the audit.",
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<long>(
                name: "CaseAuditKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "bigint",
                nullable: false,
                comment: "Surrogate key (one per audit and section).",
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.CreateTable(
                name: "InternalMeasureValue",
                schema: "Published",
                columns: table => new
                {
                    PublishedValueKey = table.Column<long>(type: "bigint", nullable: false, comment: "Key of the cell: the same cell has the same key in every audience's table."),
                    MeasureCode = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Catalogue code, e.g. EH07."),
                    MeasureName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The measure's name, the same in every output."),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Count or Percentage."),
                    Polarity = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "HigherIsBetter, LowerIsBetter or Context."),
                    MeasureSortOrder = table.Column<int>(type: "int", nullable: false, comment: "Order on the scorecard."),
                    PeriodKey = table.Column<int>(type: "int", nullable: false, comment: "The period (Dimension.Period)."),
                    PeriodGrain = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Month, FinancialQuarter, FinancialYear or CalendarYear."),
                    PeriodLabel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\"."),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false, comment: "First day of the period."),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false, comment: "Last day of the period."),
                    FinancialYear = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The financial year the period belongs to, \"2024-25\"."),
                    PeriodSortOrder = table.Column<int>(type: "int", nullable: false, comment: "Sorts periods in time order."),
                    PeriodIsComplete = table.Column<bool>(type: "bit", nullable: false, comment: "False while the data does not yet reach the end of the period."),
                    OrgUnitKey = table.Column<int>(type: "int", nullable: false, comment: "The unit (Published.OrgUnit)."),
                    OrgUnitId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The case system's team id, or AUTHORITY."),
                    OrgUnitName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Team, locality or authority name."),
                    OrgUnitLevel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Authority, Locality or Team."),
                    Locality = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "The locality the unit is in (itself for a locality; empty for the authority)."),
                    BreakdownKind = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02."),
                    BreakdownValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "All, or the band, sex, group or grade."),
                    State = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Value, NoValue (nothing to divide by), Suppressed (withheld) or NotAvailable (the data cannot give it)."),
                    Numerator = table.Column<int>(type: "int", nullable: true, comment: "The count, or the percentage's numerator; empty when withheld or not available."),
                    Denominator = table.Column<int>(type: "int", nullable: true, comment: "The percentage's denominator; empty for counts, and when withheld."),
                    Value = table.Column<double>(type: "float", nullable: true, comment: "The count, or the percentage (0-100); empty when withheld, not available or nothing to divide by."),
                    DisplayValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The value as every output shows it: \"1,234\", \"12.5%\", \"-\", \"c\" or \"not available\"."),
                    Target = table.Column<double>(type: "float", nullable: true, comment: "The target that applies, profiled to the period for year-to-date counts; empty when withheld."),
                    Rag = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Green, Amber or Red; empty without a target, for context measures, and for withheld or provisional values."),
                    DirectionVsPrevious = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts."),
                    DirectionVsLastYear = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Against the same period last year; empty when either value is withheld, and for provisional values."),
                    PreviousValue = table.Column<double>(type: "float", nullable: true, comment: "The previous period's value; empty when it is withheld."),
                    LastYearValue = table.Column<double>(type: "float", nullable: true, comment: "The same period last year's value; empty when it is withheld."),
                    IsSmallNumber = table.Column<bool>(type: "bit", nullable: false, comment: "A count of 1 to 5 or a percentage built on one (internal table); in the partnership table, the same as IsSuppressed."),
                    IsSuppressed = table.Column<bool>(type: "bit", nullable: false, comment: "Withheld from this audience: shown \"c\"."),
                    IsProvisional = table.Column<bool>(type: "bit", nullable: false, comment: "Later records can still change the value: shown with its settling date, without RAG or direction."),
                    SettlesOn = table.Column<DateOnly>(type: "date", nullable: true, comment: "The day the value becomes final: the period end plus the measure's settling window; empty for measures final when the period ends."),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true, comment: "Why the value is not available, when it is not."),
                    RefreshedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false, comment: "When it was published (UTC)."),
                    LineageBatchId = table.Column<int>(type: "int", nullable: false, comment: "The newest load batch it was computed from.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalMeasureValue", x => x.PublishedValueKey);
                },
                comment: "The published scorecard for staff of the council: nothing withheld. One row per measure, period, organisation unit and breakdown, with names, display text, RAG, direction and provisional state decided at refresh; outputs select from it and decide nothing.");

            migrationBuilder.CreateTable(
                name: "OrgUnit",
                schema: "Published",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "int", nullable: false, comment: "The unit (Dimension.OrganisationUnit)."),
                    OrgUnitId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The case system's team id, or AUTHORITY."),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Name as staff know it."),
                    Level = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Authority, Locality or Team."),
                    Depth = table.Column<int>(type: "int", nullable: false, comment: "0 for the authority, 1 below it, and so on."),
                    ParentOrgUnitKey = table.Column<int>(type: "int", nullable: true, comment: "The unit above it."),
                    ParentName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Name of the unit above it."),
                    LocalityOrgUnitKey = table.Column<int>(type: "int", nullable: true, comment: "The locality the unit is in: itself for a locality; empty for the authority."),
                    Locality = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Name of that locality."),
                    SortOrder = table.Column<int>(type: "int", nullable: false, comment: "The order outputs list units in: the authority, then each locality followed by its teams.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnit", x => x.OrgUnitKey);
                },
                comment: "Organisation units as every output names them, with the parent's name and the locality (the nearest locality at or above the unit), written at refresh.");

            migrationBuilder.CreateTable(
                name: "PartnershipMeasureValue",
                schema: "Published",
                columns: table => new
                {
                    PublishedValueKey = table.Column<long>(type: "bigint", nullable: false, comment: "Key of the cell: the same cell has the same key in every audience's table."),
                    MeasureCode = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Catalogue code, e.g. EH07."),
                    MeasureName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The measure's name, the same in every output."),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Count or Percentage."),
                    Polarity = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "HigherIsBetter, LowerIsBetter or Context."),
                    MeasureSortOrder = table.Column<int>(type: "int", nullable: false, comment: "Order on the scorecard."),
                    PeriodKey = table.Column<int>(type: "int", nullable: false, comment: "The period (Dimension.Period)."),
                    PeriodGrain = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Month, FinancialQuarter, FinancialYear or CalendarYear."),
                    PeriodLabel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\"."),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false, comment: "First day of the period."),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false, comment: "Last day of the period."),
                    FinancialYear = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The financial year the period belongs to, \"2024-25\"."),
                    PeriodSortOrder = table.Column<int>(type: "int", nullable: false, comment: "Sorts periods in time order."),
                    PeriodIsComplete = table.Column<bool>(type: "bit", nullable: false, comment: "False while the data does not yet reach the end of the period."),
                    OrgUnitKey = table.Column<int>(type: "int", nullable: false, comment: "The unit (Published.OrgUnit)."),
                    OrgUnitId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The case system's team id, or AUTHORITY."),
                    OrgUnitName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Team, locality or authority name."),
                    OrgUnitLevel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Authority, Locality or Team."),
                    Locality = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "The locality the unit is in (itself for a locality; empty for the authority)."),
                    BreakdownKind = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02."),
                    BreakdownValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "All, or the band, sex, group or grade."),
                    State = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "Value, NoValue (nothing to divide by), Suppressed (withheld) or NotAvailable (the data cannot give it)."),
                    Numerator = table.Column<int>(type: "int", nullable: true, comment: "The count, or the percentage's numerator; empty when withheld or not available."),
                    Denominator = table.Column<int>(type: "int", nullable: true, comment: "The percentage's denominator; empty for counts, and when withheld."),
                    Value = table.Column<double>(type: "float", nullable: true, comment: "The count, or the percentage (0-100); empty when withheld, not available or nothing to divide by."),
                    DisplayValue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The value as every output shows it: \"1,234\", \"12.5%\", \"-\", \"c\" or \"not available\"."),
                    Target = table.Column<double>(type: "float", nullable: true, comment: "The target that applies, profiled to the period for year-to-date counts; empty when withheld."),
                    Rag = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Green, Amber or Red; empty without a target, for context measures, and for withheld or provisional values."),
                    DirectionVsPrevious = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts."),
                    DirectionVsLastYear = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true, comment: "Against the same period last year; empty when either value is withheld, and for provisional values."),
                    PreviousValue = table.Column<double>(type: "float", nullable: true, comment: "The previous period's value; empty when it is withheld."),
                    LastYearValue = table.Column<double>(type: "float", nullable: true, comment: "The same period last year's value; empty when it is withheld."),
                    IsSmallNumber = table.Column<bool>(type: "bit", nullable: false, comment: "A count of 1 to 5 or a percentage built on one (internal table); in the partnership table, the same as IsSuppressed."),
                    IsSuppressed = table.Column<bool>(type: "bit", nullable: false, comment: "Withheld from this audience: shown \"c\"."),
                    IsProvisional = table.Column<bool>(type: "bit", nullable: false, comment: "Later records can still change the value: shown with its settling date, without RAG or direction."),
                    SettlesOn = table.Column<DateOnly>(type: "date", nullable: true, comment: "The day the value becomes final: the period end plus the measure's settling window; empty for measures final when the period ends."),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true, comment: "Why the value is not available, when it is not."),
                    RefreshedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false, comment: "When it was published (UTC)."),
                    LineageBatchId = table.Column<int>(type: "int", nullable: false, comment: "The newest load batch it was computed from.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMeasureValue", x => x.PublishedValueKey);
                },
                comment: "The published scorecard for the partnership board and publication: small numbers (1 to 5), and any cell that would let one be worked out, withheld as \"c\". One row per measure, period, organisation unit and breakdown, with names, display text, RAG, direction and provisional state decided at refresh; outputs select from it and decide nothing.");

            migrationBuilder.CreateIndex(
                name: "IX_InternalMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue",
                schema: "Published",
                table: "InternalMeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue",
                schema: "Published",
                table: "PartnershipMeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InternalMeasureValue",
                schema: "Published");

            migrationBuilder.DropTable(
                name: "OrgUnit",
                schema: "Published");

            migrationBuilder.DropTable(
                name: "PartnershipMeasureValue",
                schema: "Published");

            migrationBuilder.DropColumn(
                name: "DataAsOf",
                schema: "Integration",
                table: "MeasureRefresh");

            migrationBuilder.AlterTable(
                name: "Target",
                schema: "Dimension",
                oldComment: "A target for a measure in a financial year, for every unit or for one (report-templates/targets.json).");

            migrationBuilder.AlterTable(
                name: "SocialCareReferral",
                schema: "Fact",
                oldComment: "A referral to children's social care and the child in need episode it opens (ssd_cin_episodes).");

            migrationBuilder.AlterTable(
                name: "SocialCareAssessment",
                schema: "Fact",
                oldComment: "A social care (single) assessment (ssd_cin_assessments).");

            migrationBuilder.AlterTable(
                name: "Section47Enquiry",
                schema: "Fact",
                oldComment: "A section 47 enquiry (ssd_s47_enquiry).");

            migrationBuilder.AlterTable(
                name: "Reject",
                schema: "Integration",
                oldComment: "A row that was not loaded, and why.");

            migrationBuilder.AlterTable(
                name: "Professional",
                schema: "Dimension",
                oldComment: "A worker (ssd_professionals); staff ids are pseudonymised too, as they sit beside children's records.");

            migrationBuilder.AlterTable(
                name: "PlanReview",
                schema: "Fact",
                oldComment: "A plan review or Team Around the Family meeting (ext_plan_reviews).");

            migrationBuilder.AlterTable(
                name: "Person",
                schema: "Dimension",
                oldComment: "A child or adult family member, pseudonymised: no names, addresses or full dates of birth.");

            migrationBuilder.AlterTable(
                name: "Period",
                schema: "Dimension",
                oldComment: "A reporting period: month, financial quarter (April-June is Q1), financial year (April-March) or calendar year.");

            migrationBuilder.AlterTable(
                name: "OutcomeScore",
                schema: "Fact",
                oldComment: "One domain score on a progression-of-change tool such as a spidergraph or Outcome Star (ext_outcome_scores).");

            migrationBuilder.AlterTable(
                name: "OrganisationUnitAncestor",
                schema: "Dimension",
                oldComment: "Closure table of the organisation hierarchy: one row per unit and each of its ancestors (itself included), so measures roll up to every level with one join.");

            migrationBuilder.AlterTable(
                name: "OrganisationUnit",
                schema: "Dimension",
                oldComment: "Teams, localities (or service areas) and the authority itself, as a parent hierarchy.");

            migrationBuilder.AlterTable(
                name: "MeasureValue",
                schema: "Fact",
                oldComment: "The computed snapshot: one measure, period, organisation unit and breakdown, as computed, before anything is withheld. Outputs read the Published tables.");

            migrationBuilder.AlterTable(
                name: "MeasureRefresh",
                schema: "Integration",
                oldComment: "One refresh of the snapshot: what it recomputed and why.");

            migrationBuilder.AlterTable(
                name: "Measure",
                schema: "Dimension",
                oldComment: "The measure catalogue: each measure's definition, unit and polarity, beside its values.");

            migrationBuilder.AlterTable(
                name: "LookedAfterEpisode",
                schema: "Fact",
                oldComment: "A period of being looked after (ssd_cla_episodes).");

            migrationBuilder.AlterTable(
                name: "LoadWarning",
                schema: "Integration",
                oldComment: "A value that was odd but did not stop its row loading (an unknown code, a placeholder, a sentinel date, an over-long optional text): the field was loaded as unknown. One row per load, file, column, kind and value; also what was odd about a whole file.");

            migrationBuilder.AlterTable(
                name: "LoadBatchTable",
                schema: "Integration",
                oldComment: "Counts for one source table within a load.");

            migrationBuilder.AlterTable(
                name: "LoadBatch",
                schema: "Integration",
                oldComment: "One load of one extract: every fact and dimension row points at the batch that last wrote it.");

            migrationBuilder.AlterTable(
                name: "LeadOrganisation",
                schema: "Dimension",
                oldComment: "An organisation that leads early help or completes assessments (a school, health visiting, the local authority...).");

            migrationBuilder.AlterTable(
                name: "Involvement",
                schema: "Fact",
                oldComment: "A worker's (and team's) involvement with a child (ssd_involvements): where early help episodes get a team the extract does not give.");

            migrationBuilder.AlterTable(
                name: "FamilyProgrammeAttachment",
                schema: "Fact",
                oldComment: "A family attached to the Supporting Families programme, and its outcome claim (ext_family_programme).");

            migrationBuilder.AlterTable(
                name: "FamilyMember",
                schema: "Dimension",
                oldComment: "Bridge between families and their members (ssd_family).");

            migrationBuilder.AlterTable(
                name: "FamilyFeedback",
                schema: "Fact",
                oldComment: "A family's answer to \"was the support timely and helpful?\" (ext_family_feedback).");

            migrationBuilder.AlterTable(
                name: "Family",
                schema: "Dimension",
                oldComment: "A family (ssd_family), pseudonymised.");

            migrationBuilder.AlterTable(
                name: "EarlyHelpEpisode",
                schema: "Fact",
                oldComment: "An early help episode (ssd_early_help_episodes with ext_early_help_episode_details).");

            migrationBuilder.AlterTable(
                name: "EarlyHelpAssessment",
                schema: "Fact",
                oldComment: "An Early Help Assessment (EHA, formerly CAF) (ext_early_help_assessments).");

            migrationBuilder.AlterTable(
                name: "DeletedRecord",
                schema: "Integration",
                oldComment: "A record deleted at source: a later full snapshot no longer had it. It left its fact table in the same transaction, so nothing counts it, and is kept here whole.");

            migrationBuilder.AlterTable(
                name: "Date",
                schema: "Dimension",
                oldComment: "One row per calendar day, with the financial year, quarter and month it falls in and whether it is a working day.");

            migrationBuilder.AlterTable(
                name: "Contact",
                schema: "Fact",
                oldComment: "A contact at the front door (ssd_contacts).");

            migrationBuilder.AlterTable(
                name: "Code",
                schema: "Dimension",
                oldComment: "The code lists the extract contract accepts, with their labels.");

            migrationBuilder.AlterTable(
                name: "ChildProtectionPlan",
                schema: "Fact",
                oldComment: "A child protection plan (ssd_cp_plans).");

            migrationBuilder.AlterTable(
                name: "CaseAudit",
                schema: "Fact",
                oldComment: "One section's grade in a case audit (ext_case_audits): 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.");

            migrationBuilder.AlterColumn<double>(
                name: "Value",
                schema: "Dimension",
                table: "Target",
                type: "float",
                nullable: false,
                oldClrType: typeof(double),
                oldType: "float",
                oldComment: "The target: a count or a percentage.");

            migrationBuilder.AlterColumn<double>(
                name: "Tolerance",
                schema: "Dimension",
                table: "Target",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true,
                oldComment: "Amber band: percentage points for percentages, a share (0.10 = 10%) for counts; empty for the default.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The unit; empty for every unit without its own (year-to-date counts: the authority only).");

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Dimension",
                table: "Target",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The measure (Dimension.Measure).");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The financial year (2024 for 2024-25).");

            migrationBuilder.AlterColumn<int>(
                name: "TargetKey",
                schema: "Dimension",
                table: "Target",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "SourceCode",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Who referred (code list ContactSource).");

            migrationBuilder.AlterColumn<string>(
                name: "ReferralId",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "ReferralDateKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Referral date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date of the referral.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<string>(
                name: "OutcomeCodes",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Referral outcome codes joined with '|'.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<bool>(
                name: "IsStepDownOutcome",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "The referral outcome says step-down to early help.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "The referral led to no further action.");

            migrationBuilder.AlterColumn<string>(
                name: "CloseReasonCode",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Why the episode closed (CIN census RC1-RC9; RC9 is referred to early help).");

            migrationBuilder.AlterColumn<int>(
                name: "CloseDateKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "Close date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CloseDate",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date the episode closed; empty while open.");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "SocialCareReferral",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the assessment started.");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The referral assessed (Fact.SocialCareReferral).");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AuthorisedDate",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date the assessment was authorised; empty until then.");

            migrationBuilder.AlterColumn<string>(
                name: "AssessmentId",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<long>(
                name: "AssessmentKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Start date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the enquiry started.");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The referral it belongs to (Fact.SocialCareReferral).");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bit",
                nullable: true,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldNullable: true,
                oldComment: "True when it ended with no further action; empty when not recorded.");

            migrationBuilder.AlterColumn<string>(
                name: "EnquiryId",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date it ended; empty while open.");

            migrationBuilder.AlterColumn<long>(
                name: "EnquiryKey",
                schema: "Fact",
                table: "Section47Enquiry",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Value",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The offending value; identifiers shown pseudonymised and dates of birth withheld.");

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldComment: "Why the row was rejected.");

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "Reject",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "LineNumber",
                schema: "Integration",
                table: "Reject",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Physical line in the file (the header is line 1).");

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The file the row was in.");

            migrationBuilder.AlterColumn<string>(
                name: "ColumnName",
                schema: "Integration",
                table: "Reject",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The column at fault; empty for the row as a whole.");

            migrationBuilder.AlterColumn<long>(
                name: "RejectId",
                schema: "Integration",
                table: "Reject",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "Dimension",
                table: "Professional",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true,
                oldComment: "Job title or role.");

            migrationBuilder.AlterColumn<string>(
                name: "ProfessionalId",
                schema: "Dimension",
                table: "Professional",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The worker's team.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Dimension",
                table: "Professional",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "ReviewType",
                schema: "Fact",
                table: "PlanReview",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "TAF (a Team Around the Family meeting) or REVIEW (a single-agency plan review).");

            migrationBuilder.AlterColumn<string>(
                name: "ReviewId",
                schema: "Fact",
                table: "PlanReview",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReviewDate",
                schema: "Fact",
                table: "PlanReview",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date of the review or meeting.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "PlanReview",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "PlanReview",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "The early help episode (Fact.EarlyHelpEpisode).");

            migrationBuilder.AlterColumn<long>(
                name: "ReviewKey",
                schema: "Fact",
                table: "PlanReview",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Sex",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "M, F, U (unknown) or I (indeterminate).");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "MonthOfBirth",
                schema: "Dimension",
                table: "Person",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date of birth truncated to the first day of its month.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Person",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "EthnicityGroup",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "DfE major ethnic group: White, Mixed, Asian, Black, Other, Unknown.");

            migrationBuilder.AlterColumn<string>(
                name: "EthnicityCode",
                schema: "Dimension",
                table: "Person",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "DfE ethnicity code, e.g. WBRI.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Dimension",
                table: "Person",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "YearToDateStart",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Where year-to-date counts start: 1 April (1 January for calendar years).");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "First day as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "First day of the period.");

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Sorts periods in time order.");

            migrationBuilder.AlterColumn<int>(
                name: "SamePeriodLastYearKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The same period a year earlier.");

            migrationBuilder.AlterColumn<int>(
                name: "PreviousPeriodKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The previous period of the same grain.");

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".");

            migrationBuilder.AlterColumn<bool>(
                name: "IsComplete",
                schema: "Dimension",
                table: "Period",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "False while the data does not yet reach the period's end.");

            migrationBuilder.AlterColumn<string>(
                name: "Grain",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Month, FinancialQuarter, FinancialYear or CalendarYear.");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Calendar year in which the financial year starts.");

            migrationBuilder.AlterColumn<string>(
                name: "FinancialYearLabel",
                schema: "Dimension",
                table: "Period",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"2024-25\".");

            migrationBuilder.AlterColumn<int>(
                name: "EndDateKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Last day as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Dimension",
                table: "Period",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Last day of the period.");

            migrationBuilder.AlterColumn<int>(
                name: "PeriodKey",
                schema: "Dimension",
                table: "Period",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "A digit for the grain (1 month, 2 financial quarter, 3 financial year, 4 calendar year), then the first day as yyyymmdd.");

            migrationBuilder.AlterColumn<string>(
                name: "Tool",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The tool used, e.g. Spidergraph.");

            migrationBuilder.AlterColumn<string>(
                name: "Stage",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "BASELINE, REVIEW or CLOSURE.");

            migrationBuilder.AlterColumn<string>(
                name: "ScoreId",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ScoreDate",
                schema: "Fact",
                table: "OutcomeScore",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the score was given.");

            migrationBuilder.AlterColumn<int>(
                name: "Score",
                schema: "Fact",
                table: "OutcomeScore",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The score (1 serious concern to 10 thriving on a spidergraph).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "OutcomeScore",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "OutcomeScore",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "The early help episode (Fact.EarlyHelpEpisode).");

            migrationBuilder.AlterColumn<string>(
                name: "Domain",
                schema: "Fact",
                table: "OutcomeScore",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The domain scored, e.g. Health.");

            migrationBuilder.AlterColumn<long>(
                name: "ScoreKey",
                schema: "Fact",
                table: "OutcomeScore",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "Distance",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Levels between them: 0 for the unit itself, 1 for its parent.");

            migrationBuilder.AlterColumn<int>(
                name: "AncestorOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The unit itself or one above it.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The unit.");

            migrationBuilder.AlterColumn<int>(
                name: "ParentOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The unit above it; empty for the authority.");

            migrationBuilder.AlterColumn<string>(
                name: "OrgUnitId",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's team id (dept_team_id), or AUTHORITY for the whole authority.");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(255)",
                oldMaxLength: 255,
                oldComment: "Name as staff know it.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "Level",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "Team",
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldDefaultValue: "Team",
                oldComment: "Authority, Locality or Team.");

            migrationBuilder.AlterColumn<int>(
                name: "Depth",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldDefaultValue: 0,
                oldComment: "0 for the authority, 1 below it, and so on.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<double>(
                name: "Value",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true,
                oldComment: "The count, or the percentage (0-100); empty when the denominator is 0.");

            migrationBuilder.AlterColumn<double>(
                name: "Target",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true,
                oldComment: "The target that applies, profiled to the period for year-to-date counts.");

            migrationBuilder.AlterColumn<DateTime>(
                name: "RefreshedAtUtc",
                schema: "Fact",
                table: "MeasureValue",
                type: "datetime2",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldComment: "When it was computed (UTC).");

            migrationBuilder.AlterColumn<string>(
                name: "Rag",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Green, Amber or Red against the target, as if final.");

            migrationBuilder.AlterColumn<double>(
                name: "PreviousValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true,
                oldComment: "The previous period's value.");

            migrationBuilder.AlterColumn<int>(
                name: "PeriodKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The period (Dimension.Period).");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The unit (Dimension.OrganisationUnit).");

            migrationBuilder.AlterColumn<int>(
                name: "Numerator",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The count, or the percentage's numerator.");

            migrationBuilder.AlterColumn<string>(
                name: "NotAvailableReason",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "Why the value is not available, in words for the reader.");

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The measure (Dimension.Measure).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The newest load batch it was computed from.");

            migrationBuilder.AlterColumn<double>(
                name: "LastYearValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true,
                oldComment: "The same period last year's value.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsSmallNumber",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "A count of 1 to 5, or a percentage built on one.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsProvisional",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "Later records can still change the value (the data does not reach the period end plus the settling window).");

            migrationBuilder.AlterColumn<bool>(
                name: "IsAvailable",
                schema: "Fact",
                table: "MeasureValue",
                type: "bit",
                nullable: false,
                defaultValue: true,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldDefaultValue: true,
                oldComment: "False when the data loaded cannot express what the measure needs for this period (a table never loaded, or records from a source that does not record a field): not available from this source, never 0; no value, target, RAG or direction.");

            migrationBuilder.AlterColumn<string>(
                name: "DirectionVsPrevious",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Direction against the previous period (empty for year-to-date counts).");

            migrationBuilder.AlterColumn<string>(
                name: "DirectionVsLastYear",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Direction against the same period last year.");

            migrationBuilder.AlterColumn<int>(
                name: "Denominator",
                schema: "Fact",
                table: "MeasureValue",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The percentage's denominator; empty for counts.");

            migrationBuilder.AlterColumn<string>(
                name: "BreakdownValue",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "All, or the band, sex, group or grade.");

            migrationBuilder.AlterColumn<string>(
                name: "BreakdownKind",
                schema: "Fact",
                table: "MeasureValue",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.");

            migrationBuilder.AlterColumn<long>(
                name: "MeasureValueKey",
                schema: "Fact",
                table: "MeasureValue",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "ValuesWritten",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "How many values were written.");

            migrationBuilder.AlterColumn<int>(
                name: "UpToBatchId",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The newest load batch it includes.");

            migrationBuilder.AlterColumn<string>(
                name: "TargetsHash",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "SHA-256 of the targets file used: a changed file means every RAG is redone.");

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartedAtUtc",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "datetime2",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldComment: "When it started (UTC).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "RecomputedFrom",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Periods ending on or after this date were recomputed (empty: all).");

            migrationBuilder.AlterColumn<int>(
                name: "PeriodsRecomputed",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "How many periods were recomputed.");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true,
                oldComment: "What the refresh did, in words.");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Full or Incremental.");

            migrationBuilder.AlterColumn<DateTime>(
                name: "FinishedAtUtc",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true,
                oldComment: "When it finished (UTC).");

            migrationBuilder.AlterColumn<int>(
                name: "MeasureRefreshId",
                schema: "Integration",
                table: "MeasureRefresh",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Refresh number.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Unit",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Count or Percentage.");

            migrationBuilder.AlterColumn<string>(
                name: "Source",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Where the definition comes from.");

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Measure",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Order on the scorecard.");

            migrationBuilder.AlterColumn<int>(
                name: "SettlesAfterDays",
                schema: "Dimension",
                table: "Measure",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Days after a period ends in which later records can still change its value (0: final when the period ends).");

            migrationBuilder.AlterColumn<string>(
                name: "RequiredTables",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Extract tables the measure needs.");

            migrationBuilder.AlterColumn<string>(
                name: "Polarity",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "HigherIsBetter, LowerIsBetter or Context (no RAG).");

            migrationBuilder.AlterColumn<string>(
                name: "NumeratorDefinition",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldComment: "What the numerator (or the count) counts.");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The measure's name, the same in every output.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsAvailable",
                schema: "Dimension",
                table: "Measure",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "False when a table it needs was never loaded: not available, never zero.");

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldComment: "What the measure shows, in plain words.");

            migrationBuilder.AlterColumn<string>(
                name: "DenominatorDefinition",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "What the denominator counts; empty for counts.");

            migrationBuilder.AlterColumn<string>(
                name: "CountingUnit",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "What one unit is: Child, Family, Episode, Audit...");

            migrationBuilder.AlterColumn<string>(
                name: "Breakdowns",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Breakdowns beyond organisation unit.");

            migrationBuilder.AlterColumn<string>(
                name: "AvailabilityNote",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "Why the measure is not available.");

            migrationBuilder.AlterColumn<string>(
                name: "MeasureCode",
                schema: "Dimension",
                table: "Measure",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Catalogue code, e.g. EH07.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the episode started.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "EpisodeId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<string>(
                name: "EndReasonCode",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Why it ceased (code list LookedAfterEndReason).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date it ceased; empty while looked after.");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "LookedAfterEpisode",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Value",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.");

            migrationBuilder.AlterColumn<int>(
                name: "Rows",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows with this value.");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldComment: "What happened, in words.");

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "What was odd: unknown code, placeholder, placeholder date, too long, not a date...");

            migrationBuilder.AlterColumn<int>(
                name: "FirstLine",
                schema: "Integration",
                table: "LoadWarning",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "Physical line of the first such row (the header is line 1); empty for a whole file.");

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The file.");

            migrationBuilder.AlterColumn<string>(
                name: "ColumnName",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The column; empty for what concerns a whole file.");

            migrationBuilder.AlterColumn<string>(
                name: "CodeList",
                schema: "Integration",
                table: "LoadWarning",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The mapping list the value belongs to, when a mapping file line would fix it.");

            migrationBuilder.AlterColumn<long>(
                name: "LoadWarningId",
                schema: "Integration",
                table: "LoadWarning",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows loaded with at least one optional field treated as unknown.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUpdated",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows that changed a record already there.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUnchanged",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows identical to what was there.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRejected",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows not loaded.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRead",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows read: loaded plus rejected.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsInserted",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows new to the warehouse.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Records of this table missing from the file, a full snapshot of its window: moved to Integration.DeletedRecord.");

            migrationBuilder.AlterColumn<string>(
                name: "RenamedColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "Columns read under an older SSD name.");

            migrationBuilder.AlterColumn<string>(
                name: "NotExpressed",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "Properties this file's form cannot record (a SystemC contact outcome has no early help flag): measures that need them are not available from this source for the periods its rows fall in.");

            migrationBuilder.AlterColumn<string>(
                name: "IgnoredColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true,
                oldComment: "Columns in the file that the contract does not know.");

            migrationBuilder.AlterColumn<string>(
                name: "FileName",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The file it came from.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EarliestAffectedDate",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "The earliest business date the load changed: periods ending before it (less the longest backward window) need no recomputing.");

            migrationBuilder.AlterColumn<string>(
                name: "AbsentColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true,
                oldComment: "Optional contract columns the file lacked: their stored values were kept, not erased.");

            migrationBuilder.AlterColumn<string>(
                name: "TableName",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The extract table, e.g. ssd_contacts.");

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "UnreadFiles",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true,
                oldComment: "SSD files in the extract that are not read (addresses, disabilities...).");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Running, Succeeded or Failed (a load that would change nothing keeps no batch).");

            migrationBuilder.AlterColumn<DateTime>(
                name: "StartedAtUtc",
                schema: "Integration",
                table: "LoadBatch",
                type: "datetime2",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldComment: "When the load started (UTC).");

            migrationBuilder.AlterColumn<string>(
                name: "SourceShape",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000,
                oldNullable: true,
                oldComment: "The case-system shape recognised (SystemC, Eclipse, Mosaic, Scorecard), and why.");

            migrationBuilder.AlterColumn<string>(
                name: "SourceRelease",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The SSD release the extract's column names belong to, when they say.");

            migrationBuilder.AlterColumn<string>(
                name: "SourceName",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The folder or file loaded.");

            migrationBuilder.AlterColumn<string>(
                name: "SourceKind",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"SSD extract\", \"Annex A\", \"CIN census\".");

            migrationBuilder.AlterColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows loaded with at least one optional field treated as unknown (they are among the loaded rows; Integration.LoadWarning says which).");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUpdated",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows that changed a record already there.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsUnchanged",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows identical to what was there.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRejected",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows not loaded (Integration.Reject says why).");

            migrationBuilder.AlterColumn<int>(
                name: "RowsRead",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows read: loaded plus rejected.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsInserted",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Rows new to the warehouse.");

            migrationBuilder.AlterColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Records this load found deleted at source (missing from a full snapshot), with the records that belonged to them (Integration.DeletedRecord).");

            migrationBuilder.AlterColumn<string>(
                name: "Message",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true,
                oldComment: "What happened, in words.");

            migrationBuilder.AlterColumn<DateTime>(
                name: "FinishedAtUtc",
                schema: "Integration",
                table: "LoadBatch",
                type: "datetime2",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "datetime2",
                oldNullable: true,
                oldComment: "When it finished (UTC).");

            migrationBuilder.AlterColumn<string>(
                name: "FileHash",
                schema: "Integration",
                table: "LoadBatch",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "SHA-256 over the extract's files (names and contents).");

            migrationBuilder.AlterColumn<int>(
                name: "LoadBatchId",
                schema: "Integration",
                table: "LoadBatch",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Batch number, in load order.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(400)",
                oldMaxLength: 400,
                oldComment: "The organisation's name.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "Involvement",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the involvement started.");

            migrationBuilder.AlterColumn<string>(
                name: "RoleCode",
                schema: "Fact",
                table: "Involvement",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's kind of involvement.");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "Involvement",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The referral it belongs to (Fact.SocialCareReferral).");

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The worker (Dimension.Professional).");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The child (Dimension.Person); taken from the referral when the extract names none.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The worker's team (Dimension.OrganisationUnit).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Involvement",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "InvolvementId",
                schema: "Fact",
                table: "Involvement",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "Involvement",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date it ended; empty while open.");

            migrationBuilder.AlterColumn<long>(
                name: "InvolvementKey",
                schema: "Fact",
                table: "Involvement",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The family (Dimension.Family).");

            migrationBuilder.AlterColumn<string>(
                name: "ClaimOutcome",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "SUCCESSFUL, REJECTED, or empty while no claim is made.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ClaimDate",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date of the payment-by-results claim.");

            migrationBuilder.AlterColumn<string>(
                name: "AttachmentId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AttachedDate",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the family was attached.");

            migrationBuilder.AlterColumn<long>(
                name: "AttachmentKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The member (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "FamilyMemberId",
                schema: "Dimension",
                table: "FamilyMember",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The family (Dimension.Family).");

            migrationBuilder.AlterColumn<long>(
                name: "FamilyMemberKey",
                schema: "Dimension",
                table: "FamilyMember",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<bool>(
                name: "TimelyAndHelpful",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "The family said yes.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ResponseDate",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date of the response.");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "FeedbackId",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The family (Dimension.Family).");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The early help episode (Fact.EarlyHelpEpisode).");

            migrationBuilder.AlterColumn<long>(
                name: "FeedbackKey",
                schema: "Fact",
                table: "FamilyFeedback",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Dimension",
                table: "Family",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "FamilyId",
                schema: "Dimension",
                table: "Family",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Dimension",
                table: "Family",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<bool>(
                name: "TeamDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "True when the load worked the team out (from ssd_involvements, or an organisation that is a team) rather than the extract giving it.");

            migrationBuilder.AlterColumn<int>(
                name: "StartDateKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Start date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the episode started.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ReferralDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date of the referral to early help.");

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true,
                oldComment: "Why early help was offered, in the case system's words.");

            migrationBuilder.AlterColumn<int>(
                name: "ProfessionalKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The lead worker.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<string>(
                name: "LevelCode",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "SINGLE agency, TAF (multi-agency) or TARGETED support.");

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The lead professional's organisation.");

            migrationBuilder.AlterColumn<int>(
                name: "FamilyKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The family (Dimension.Family).");

            migrationBuilder.AlterColumn<string>(
                name: "EpisodeId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<string>(
                name: "EndReasonCode",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Why it ended (code list EarlyHelpEndReason; SU is a step-up to social care).");

            migrationBuilder.AlterColumn<int>(
                name: "EndDateKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "End date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date the episode ended; empty while open.");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date the assessment started.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The organisation that completed it.");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "The early help episode (Fact.EarlyHelpEpisode).");

            migrationBuilder.AlterColumn<int>(
                name: "CompletedDateKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "Completed date as yyyymmdd.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date it was completed; empty until then.");

            migrationBuilder.AlterColumn<string>(
                name: "AssessmentId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<long>(
                name: "AssessmentKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "TableName",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldComment: "The extract table the record came from, e.g. ssd_contacts.");

            migrationBuilder.AlterColumn<long>(
                name: "RecordKey",
                schema: "Integration",
                table: "DeletedRecord",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Its surrogate key in the fact table it left.");

            migrationBuilder.AlterColumn<string>(
                name: "RecordId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Its natural key as stored (a pseudonym; \"id|section\" for case audits).");

            migrationBuilder.AlterColumn<string>(
                name: "Record",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(4000)",
                oldMaxLength: 4000,
                oldComment: "Every column of the stored row, as JSON, as it was when deleted.");

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Integration",
                table: "DeletedRecord",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(400)",
                oldMaxLength: 400,
                oldComment: "Why it was taken out.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EventDate",
                schema: "Integration",
                table: "DeletedRecord",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "The date that placed it in the snapshot window (or its event date, for a record deleted with another).");

            migrationBuilder.AlterColumn<int>(
                name: "DeletedByBatchId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load that found it deleted (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<long>(
                name: "DeletedRecordId",
                schema: "Integration",
                table: "DeletedRecord",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "MonthName",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Month name, e.g. November.");

            migrationBuilder.AlterColumn<string>(
                name: "MonthLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"2024-11\": sorts as text.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsWorkingDay",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "Neither a weekend nor a bank holiday: the days working-day windows count.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsWeekend",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "Saturday or Sunday.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsBankHoliday",
                schema: "Dimension",
                table: "Date",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "A bank holiday in England and Wales (substitute days and one-off holidays included).");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialYearStart",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Calendar year in which the financial year starts (2024 for 2024-25).");

            migrationBuilder.AlterColumn<string>(
                name: "FinancialYearLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"2024-25\".");

            migrationBuilder.AlterColumn<string>(
                name: "FinancialQuarterLabel",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "\"2024-25 Q3\".");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialQuarter",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "1 = April-June ... 4 = January-March.");

            migrationBuilder.AlterColumn<int>(
                name: "FinancialMonth",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "1 = April ... 12 = March.");

            migrationBuilder.AlterColumn<int>(
                name: "DayOfWeek",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Day of the week, 0 = Sunday.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                schema: "Dimension",
                table: "Date",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "The date.");

            migrationBuilder.AlterColumn<int>(
                name: "CalendarYear",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Calendar year.");

            migrationBuilder.AlterColumn<int>(
                name: "CalendarMonth",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Calendar month, 1 = January.");

            migrationBuilder.AlterColumn<string>(
                name: "BankHolidayName",
                schema: "Dimension",
                table: "Date",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The bank holiday's name.");

            migrationBuilder.AlterColumn<int>(
                name: "DateKey",
                schema: "Dimension",
                table: "Date",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The date as the integer yyyymmdd.");

            migrationBuilder.AlterColumn<string>(
                name: "SourceCode",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Who made the contact (code list ContactSource).");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<string>(
                name: "OutcomeCodes",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "Outcome codes joined with '|'.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<bool>(
                name: "IsSocialCareOutcome",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "An outcome is a referral to children's social care.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsNoFurtherAction",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "The outcome is no further action.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsInformationAndAdvice",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "An outcome is information and advice.");

            migrationBuilder.AlterColumn<bool>(
                name: "IsEarlyHelpOutcome",
                schema: "Fact",
                table: "Contact",
                type: "bit",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "bit",
                oldComment: "An outcome is an early help referral.");

            migrationBuilder.AlterColumn<string>(
                name: "ContactId",
                schema: "Fact",
                table: "Contact",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "ContactDateKey",
                schema: "Fact",
                table: "Contact",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Contact date as yyyymmdd (Dimension.Date).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "ContactDate",
                schema: "Fact",
                table: "Contact",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date of the contact.");

            migrationBuilder.AlterColumn<long>(
                name: "ContactKey",
                schema: "Fact",
                table: "Contact",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<int>(
                name: "SortOrder",
                schema: "Dimension",
                table: "Code",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "Order within its list.");

            migrationBuilder.AlterColumn<string>(
                name: "Label",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "What the code means.");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The code as stored in the facts.");

            migrationBuilder.AlterColumn<string>(
                name: "CodeSet",
                schema: "Dimension",
                table: "Code",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "Which list: ContactSource, EarlyHelpEndReason, CinClosureReason, AuditSection...");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "StartDate",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date the plan started.");

            migrationBuilder.AlterColumn<long>(
                name: "ReferralKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The referral it came from (Fact.SocialCareReferral).");

            migrationBuilder.AlterColumn<string>(
                name: "PlanId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndDate",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true,
                oldComment: "Date the plan ended; empty while open.");

            migrationBuilder.AlterColumn<long>(
                name: "PlanKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key.")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AlterColumn<string>(
                name: "Section",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The section graded (code list AuditSection; OVERALL is the overall judgement).");

            migrationBuilder.AlterColumn<int>(
                name: "PersonKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The child (Dimension.Person).");

            migrationBuilder.AlterColumn<int>(
                name: "OrgUnitKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.");

            migrationBuilder.AlterColumn<int>(
                name: "ModeratedGrade",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true,
                oldComment: "The moderator's grade where the audit was moderated: the final grade.");

            migrationBuilder.AlterColumn<int>(
                name: "LineageBatchId",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The load batch that last wrote the row (Integration.LoadBatch).");

            migrationBuilder.AlterColumn<int>(
                name: "Grade",
                schema: "Fact",
                table: "CaseAudit",
                type: "int",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "int",
                oldComment: "The auditor's grade, 1 to 4.");

            migrationBuilder.AlterColumn<long>(
                name: "EpisodeKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true,
                oldComment: "The early help episode (Fact.EarlyHelpEpisode).");

            migrationBuilder.AlterColumn<string>(
                name: "AuditorId",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldComment: "The auditor, pseudonymised.");

            migrationBuilder.AlterColumn<string>(
                name: "AuditId",
                schema: "Fact",
                table: "CaseAudit",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(200)",
                oldMaxLength: 200,
                oldComment: "The case system's id, pseudonymised with a keyed hash.");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "AuditDate",
                schema: "Fact",
                table: "CaseAudit",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldComment: "Date of the audit.");

            migrationBuilder.AlterColumn<long>(
                name: "CaseAuditKey",
                schema: "Fact",
                table: "CaseAudit",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldComment: "Surrogate key (one per audit and section).")
                .Annotation("SqlServer:Identity", "1, 1")
                .OldAnnotation("SqlServer:Identity", "1, 1");
        }
    }
}

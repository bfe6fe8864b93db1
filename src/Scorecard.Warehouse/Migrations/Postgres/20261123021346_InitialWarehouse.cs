using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "Fact");

            migrationBuilder.EnsureSchema(
                name: "Dimension");

            migrationBuilder.EnsureSchema(
                name: "Integration");

            migrationBuilder.CreateTable(
                name: "Code",
                schema: "Dimension",
                columns: table => new
                {
                    CodeSet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Code", x => new { x.CodeSet, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Date",
                schema: "Dimension",
                columns: table => new
                {
                    DateKey = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    CalendarYear = table.Column<int>(type: "integer", nullable: false),
                    CalendarMonth = table.Column<int>(type: "integer", nullable: false),
                    MonthName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MonthLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DayOfWeek = table.Column<int>(type: "integer", nullable: false),
                    IsWeekend = table.Column<bool>(type: "boolean", nullable: false),
                    IsBankHoliday = table.Column<bool>(type: "boolean", nullable: false),
                    BankHolidayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsWorkingDay = table.Column<bool>(type: "boolean", nullable: false),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    FinancialYearLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinancialQuarter = table.Column<int>(type: "integer", nullable: false),
                    FinancialQuarterLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinancialMonth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Date", x => x.DateKey);
                });

            migrationBuilder.CreateTable(
                name: "LoadBatch",
                schema: "Integration",
                columns: table => new
                {
                    LoadBatchId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceKind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsInserted = table.Column<int>(type: "integer", nullable: false),
                    RowsUpdated = table.Column<int>(type: "integer", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    RowsRejected = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoadBatch", x => x.LoadBatchId);
                });

            migrationBuilder.CreateTable(
                name: "Measure",
                schema: "Dimension",
                columns: table => new
                {
                    MeasureCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NumeratorDefinition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DenominatorDefinition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountingUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Breakdowns = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequiredTables = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsAvailable = table.Column<bool>(type: "boolean", nullable: false),
                    SettlesAfterDays = table.Column<int>(type: "integer", nullable: false),
                    AvailabilityNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measure", x => x.MeasureCode);
                });

            migrationBuilder.CreateTable(
                name: "MeasureRefresh",
                schema: "Integration",
                columns: table => new
                {
                    MeasureRefreshId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpToBatchId = table.Column<int>(type: "integer", nullable: false),
                    RecomputedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodsRecomputed = table.Column<int>(type: "integer", nullable: false),
                    ValuesWritten = table.Column<int>(type: "integer", nullable: false),
                    TargetsHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureRefresh", x => x.MeasureRefreshId);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationUnitAncestor",
                schema: "Dimension",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: false),
                    AncestorOrgUnitKey = table.Column<int>(type: "integer", nullable: false),
                    Distance = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationUnitAncestor", x => new { x.OrgUnitKey, x.AncestorOrgUnitKey });
                });

            migrationBuilder.CreateTable(
                name: "Period",
                schema: "Dimension",
                columns: table => new
                {
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    Grain = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartDateKey = table.Column<int>(type: "integer", nullable: false),
                    EndDateKey = table.Column<int>(type: "integer", nullable: false),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    FinancialYearLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    YearToDateStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PreviousPeriodKey = table.Column<int>(type: "integer", nullable: true),
                    SamePeriodLastYearKey = table.Column<int>(type: "integer", nullable: true),
                    IsComplete = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Period", x => x.PeriodKey);
                });

            migrationBuilder.CreateTable(
                name: "Family",
                schema: "Dimension",
                columns: table => new
                {
                    FamilyKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Family", x => x.FamilyKey);
                    table.ForeignKey(
                        name: "FK_Family_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeadOrganisation",
                schema: "Dimension",
                columns: table => new
                {
                    LeadOrganisationKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadOrganisation", x => x.LeadOrganisationKey);
                    table.ForeignKey(
                        name: "FK_LeadOrganisation_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoadBatchTable",
                schema: "Integration",
                columns: table => new
                {
                    LoadBatchId = table.Column<int>(type: "integer", nullable: false),
                    TableName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsInserted = table.Column<int>(type: "integer", nullable: false),
                    RowsUpdated = table.Column<int>(type: "integer", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "integer", nullable: false),
                    RowsRejected = table.Column<int>(type: "integer", nullable: false),
                    IgnoredColumns = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EarliestAffectedDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoadBatchTable", x => new { x.LoadBatchId, x.TableName });
                    table.ForeignKey(
                        name: "FK_LoadBatchTable_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationUnit",
                schema: "Dimension",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentOrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "Team"),
                    Depth = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationUnit", x => x.OrgUnitKey);
                    table.ForeignKey(
                        name: "FK_OrganisationUnit_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganisationUnit_OrganisationUnit_ParentOrgUnitKey",
                        column: x => x.ParentOrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Person",
                schema: "Dimension",
                columns: table => new
                {
                    PersonKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Sex = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EthnicityCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EthnicityGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MonthOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Person", x => x.PersonKey);
                    table.ForeignKey(
                        name: "FK_Person_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Professional",
                schema: "Dimension",
                columns: table => new
                {
                    ProfessionalKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProfessionalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Professional", x => x.ProfessionalKey);
                    table.ForeignKey(
                        name: "FK_Professional_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reject",
                schema: "Integration",
                columns: table => new
                {
                    RejectId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadBatchId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    ColumnName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reject", x => x.RejectId);
                    table.ForeignKey(
                        name: "FK_Reject_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyProgrammeAttachment",
                schema: "Fact",
                columns: table => new
                {
                    AttachmentKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttachmentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FamilyKey = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    AttachedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClaimOutcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyProgrammeAttachment", x => x.AttachmentKey);
                    table.ForeignKey(
                        name: "FK_FamilyProgrammeAttachment_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalSchema: "Dimension",
                        principalTable: "Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyProgrammeAttachment_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyProgrammeAttachment_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureValue",
                schema: "Fact",
                columns: table => new
                {
                    MeasureValueKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: false),
                    BreakdownKind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BreakdownValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Numerator = table.Column<int>(type: "integer", nullable: false),
                    Denominator = table.Column<int>(type: "integer", nullable: true),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Target = table.Column<double>(type: "double precision", nullable: true),
                    Rag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DirectionVsPrevious = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DirectionVsLastYear = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PreviousValue = table.Column<double>(type: "double precision", nullable: true),
                    LastYearValue = table.Column<double>(type: "double precision", nullable: true),
                    IsSmallNumber = table.Column<bool>(type: "boolean", nullable: false),
                    IsProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    RefreshedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureValue", x => x.MeasureValueKey);
                    table.ForeignKey(
                        name: "FK_MeasureValue_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureValue_Measure_MeasureCode",
                        column: x => x.MeasureCode,
                        principalSchema: "Dimension",
                        principalTable: "Measure",
                        principalColumn: "MeasureCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasureValue_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureValue_Period_PeriodKey",
                        column: x => x.PeriodKey,
                        principalSchema: "Dimension",
                        principalTable: "Period",
                        principalColumn: "PeriodKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Target",
                schema: "Dimension",
                columns: table => new
                {
                    TargetKey = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Tolerance = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Target", x => x.TargetKey);
                    table.ForeignKey(
                        name: "FK_Target_Measure_MeasureCode",
                        column: x => x.MeasureCode,
                        principalSchema: "Dimension",
                        principalTable: "Measure",
                        principalColumn: "MeasureCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Target_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contact",
                schema: "Fact",
                columns: table => new
                {
                    ContactKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContactId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    ContactDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ContactDateKey = table.Column<int>(type: "integer", nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OutcomeCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsEarlyHelpOutcome = table.Column<bool>(type: "boolean", nullable: false),
                    IsSocialCareOutcome = table.Column<bool>(type: "boolean", nullable: false),
                    IsNoFurtherAction = table.Column<bool>(type: "boolean", nullable: false),
                    IsInformationAndAdvice = table.Column<bool>(type: "boolean", nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contact", x => x.ContactKey);
                    table.ForeignKey(
                        name: "FK_Contact_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contact_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyMember",
                schema: "Dimension",
                columns: table => new
                {
                    FamilyMemberKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyMemberId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FamilyKey = table.Column<int>(type: "integer", nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMember", x => x.FamilyMemberKey);
                    table.ForeignKey(
                        name: "FK_FamilyMember_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalSchema: "Dimension",
                        principalTable: "Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyMember_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyMember_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LookedAfterEpisode",
                schema: "Fact",
                columns: table => new
                {
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EpisodeId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReasonCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LookedAfterEpisode", x => x.EpisodeKey);
                    table.ForeignKey(
                        name: "FK_LookedAfterEpisode_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LookedAfterEpisode_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialCareReferral",
                schema: "Fact",
                columns: table => new
                {
                    ReferralKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferralDateKey = table.Column<int>(type: "integer", nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OutcomeCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsNoFurtherAction = table.Column<bool>(type: "boolean", nullable: false),
                    IsStepDownOutcome = table.Column<bool>(type: "boolean", nullable: false),
                    CloseReasonCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CloseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CloseDateKey = table.Column<int>(type: "integer", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialCareReferral", x => x.ReferralKey);
                    table.ForeignKey(
                        name: "FK_SocialCareReferral_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialCareReferral_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialCareReferral_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EarlyHelpEpisode",
                schema: "Fact",
                columns: table => new
                {
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EpisodeId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    FamilyKey = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartDateKey = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDateKey = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndReasonCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LevelCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeadOrganisationKey = table.Column<int>(type: "integer", nullable: true),
                    ProfessionalKey = table.Column<int>(type: "integer", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyHelpEpisode", x => x.EpisodeKey);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalSchema: "Dimension",
                        principalTable: "Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_LeadOrganisation_LeadOrganisationKey",
                        column: x => x.LeadOrganisationKey,
                        principalSchema: "Dimension",
                        principalTable: "LeadOrganisation",
                        principalColumn: "LeadOrganisationKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpEpisode_Professional_ProfessionalKey",
                        column: x => x.ProfessionalKey,
                        principalSchema: "Dimension",
                        principalTable: "Professional",
                        principalColumn: "ProfessionalKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChildProtectionPlan",
                schema: "Fact",
                columns: table => new
                {
                    PlanKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    ReferralKey = table.Column<long>(type: "bigint", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildProtectionPlan", x => x.PlanKey);
                    table.ForeignKey(
                        name: "FK_ChildProtectionPlan_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildProtectionPlan_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildProtectionPlan_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalSchema: "Fact",
                        principalTable: "SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialCareAssessment",
                schema: "Fact",
                columns: table => new
                {
                    AssessmentKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    ReferralKey = table.Column<long>(type: "bigint", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorisedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialCareAssessment", x => x.AssessmentKey);
                    table.ForeignKey(
                        name: "FK_SocialCareAssessment_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialCareAssessment_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialCareAssessment_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialCareAssessment_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalSchema: "Fact",
                        principalTable: "SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudit",
                schema: "Fact",
                columns: table => new
                {
                    CaseAuditKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: true),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    AuditDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: false),
                    ModeratedGrade = table.Column<int>(type: "integer", nullable: true),
                    AuditorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudit", x => x.CaseAuditKey);
                    table.ForeignKey(
                        name: "FK_CaseAudit_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalSchema: "Fact",
                        principalTable: "EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudit_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudit_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudit_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EarlyHelpAssessment",
                schema: "Fact",
                columns: table => new
                {
                    AssessmentKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedDateKey = table.Column<int>(type: "integer", nullable: true),
                    LeadOrganisationKey = table.Column<int>(type: "integer", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyHelpAssessment", x => x.AssessmentKey);
                    table.ForeignKey(
                        name: "FK_EarlyHelpAssessment_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalSchema: "Fact",
                        principalTable: "EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpAssessment_LeadOrganisation_LeadOrganisationKey",
                        column: x => x.LeadOrganisationKey,
                        principalSchema: "Dimension",
                        principalTable: "LeadOrganisation",
                        principalColumn: "LeadOrganisationKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpAssessment_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EarlyHelpAssessment_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyFeedback",
                schema: "Fact",
                columns: table => new
                {
                    FeedbackKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FeedbackId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FamilyKey = table.Column<int>(type: "integer", nullable: true),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    ResponseDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TimelyAndHelpful = table.Column<bool>(type: "boolean", nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyFeedback", x => x.FeedbackKey);
                    table.ForeignKey(
                        name: "FK_FamilyFeedback_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalSchema: "Fact",
                        principalTable: "EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyFeedback_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalSchema: "Dimension",
                        principalTable: "Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyFeedback_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyFeedback_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeScore",
                schema: "Fact",
                columns: table => new
                {
                    ScoreKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScoreId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false),
                    ScoreDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Tool = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeScore", x => x.ScoreKey);
                    table.ForeignKey(
                        name: "FK_OutcomeScore_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalSchema: "Fact",
                        principalTable: "EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutcomeScore_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanReview",
                schema: "Fact",
                columns: table => new
                {
                    ReviewKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReview", x => x.ReviewKey);
                    table.ForeignKey(
                        name: "FK_PlanReview_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalSchema: "Fact",
                        principalTable: "EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanReview_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_AuditDate",
                schema: "Fact",
                table: "CaseAudit",
                column: "AuditDate");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_AuditId_Section",
                schema: "Fact",
                table: "CaseAudit",
                columns: new[] { "AuditId", "Section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_EpisodeKey",
                schema: "Fact",
                table: "CaseAudit",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_LineageBatchId",
                schema: "Fact",
                table: "CaseAudit",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_OrgUnitKey",
                schema: "Fact",
                table: "CaseAudit",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_PersonKey",
                schema: "Fact",
                table: "CaseAudit",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionPlan_LineageBatchId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionPlan_PersonKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionPlan_PlanId",
                schema: "Fact",
                table: "ChildProtectionPlan",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionPlan_ReferralKey",
                schema: "Fact",
                table: "ChildProtectionPlan",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_ChildProtectionPlan_StartDate",
                schema: "Fact",
                table: "ChildProtectionPlan",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ContactDate",
                schema: "Fact",
                table: "Contact",
                column: "ContactDate");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ContactId",
                schema: "Fact",
                table: "Contact",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contact_LineageBatchId",
                schema: "Fact",
                table: "Contact",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_PersonKey_ContactDate",
                schema: "Fact",
                table: "Contact",
                columns: new[] { "PersonKey", "ContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Date_Date",
                schema: "Dimension",
                table: "Date",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_AssessmentId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "LeadOrganisationKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_PersonKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_EpisodeId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "EpisodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_FamilyKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "LeadOrganisationKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_LineageBatchId",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_OrgUnitKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_PersonKey_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_ProfessionalKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "ProfessionalKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Family_FamilyId",
                schema: "Dimension",
                table: "Family",
                column: "FamilyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Family_LineageBatchId",
                schema: "Dimension",
                table: "Family",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_EpisodeKey",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_FamilyKey",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_FeedbackId",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "FeedbackId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_LineageBatchId",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_OrgUnitKey",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyFeedback_ResponseDate",
                schema: "Fact",
                table: "FamilyFeedback",
                column: "ResponseDate");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_FamilyKey",
                schema: "Dimension",
                table: "FamilyMember",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_FamilyMemberId",
                schema: "Dimension",
                table: "FamilyMember",
                column: "FamilyMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_LineageBatchId",
                schema: "Dimension",
                table: "FamilyMember",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMember_PersonKey",
                schema: "Dimension",
                table: "FamilyMember",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyProgrammeAttachment_AttachedDate",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                column: "AttachedDate");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyProgrammeAttachment_AttachmentId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                column: "AttachmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyProgrammeAttachment_FamilyKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyProgrammeAttachment_LineageBatchId",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyProgrammeAttachment_OrgUnitKey",
                schema: "Fact",
                table: "FamilyProgrammeAttachment",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_LeadOrganisation_LineageBatchId",
                schema: "Dimension",
                table: "LeadOrganisation",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadOrganisation_Name",
                schema: "Dimension",
                table: "LeadOrganisation",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoadBatch_FileHash_Status",
                schema: "Integration",
                table: "LoadBatch",
                columns: new[] { "FileHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LookedAfterEpisode_EpisodeId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                column: "EpisodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LookedAfterEpisode_LineageBatchId",
                schema: "Fact",
                table: "LookedAfterEpisode",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_LookedAfterEpisode_PersonKey",
                schema: "Fact",
                table: "LookedAfterEpisode",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_LookedAfterEpisode_StartDate",
                schema: "Fact",
                table: "LookedAfterEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_LineageBatchId",
                schema: "Fact",
                table: "MeasureValue",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind~",
                schema: "Fact",
                table: "MeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_PeriodKey",
                schema: "Fact",
                table: "MeasureValue",
                column: "PeriodKey");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnit_LineageBatchId",
                schema: "Dimension",
                table: "OrganisationUnit",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnit_OrgUnitId",
                schema: "Dimension",
                table: "OrganisationUnit",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnit_ParentOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnit",
                column: "ParentOrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnitAncestor_AncestorOrgUnitKey",
                schema: "Dimension",
                table: "OrganisationUnitAncestor",
                column: "AncestorOrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_EpisodeKey_Stage",
                schema: "Fact",
                table: "OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_LineageBatchId",
                schema: "Fact",
                table: "OutcomeScore",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_ScoreDate",
                schema: "Fact",
                table: "OutcomeScore",
                column: "ScoreDate");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_ScoreId",
                schema: "Fact",
                table: "OutcomeScore",
                column: "ScoreId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Period_Grain_StartDate",
                schema: "Dimension",
                table: "Period",
                columns: new[] { "Grain", "StartDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Period_Label",
                schema: "Dimension",
                table: "Period",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_Person_LineageBatchId",
                schema: "Dimension",
                table: "Person",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Person_PersonId",
                schema: "Dimension",
                table: "Person",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_EpisodeKey_ReviewDate",
                schema: "Fact",
                table: "PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_LineageBatchId",
                schema: "Fact",
                table: "PlanReview",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_ReviewDate",
                schema: "Fact",
                table: "PlanReview",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_ReviewId",
                schema: "Fact",
                table: "PlanReview",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Professional_LineageBatchId",
                schema: "Dimension",
                table: "Professional",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Professional_ProfessionalId",
                schema: "Dimension",
                table: "Professional",
                column: "ProfessionalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reject_LoadBatchId_FileName_LineNumber",
                schema: "Integration",
                table: "Reject",
                columns: new[] { "LoadBatchId", "FileName", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_AssessmentId",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_LineageBatchId",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_OrgUnitKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_PersonKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_ReferralKey",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareAssessment_StartDate",
                schema: "Fact",
                table: "SocialCareAssessment",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_CloseDate",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "CloseDate");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_LineageBatchId",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_OrgUnitKey",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_PersonKey_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_ReferralId",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Target_MeasureCode_FinancialYearStart_OrgUnitKey",
                schema: "Dimension",
                table: "Target",
                columns: new[] { "MeasureCode", "FinancialYearStart", "OrgUnitKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Target_OrgUnitKey",
                schema: "Dimension",
                table: "Target",
                column: "OrgUnitKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAudit",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "ChildProtectionPlan",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "Code",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "Contact",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "Date",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "EarlyHelpAssessment",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "FamilyFeedback",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "FamilyMember",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "FamilyProgrammeAttachment",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "LoadBatchTable",
                schema: "Integration");

            migrationBuilder.DropTable(
                name: "LookedAfterEpisode",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "MeasureRefresh",
                schema: "Integration");

            migrationBuilder.DropTable(
                name: "MeasureValue",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "OrganisationUnitAncestor",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "OutcomeScore",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "PlanReview",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "Reject",
                schema: "Integration");

            migrationBuilder.DropTable(
                name: "SocialCareAssessment",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "Target",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "Period",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "EarlyHelpEpisode",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "SocialCareReferral",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "Measure",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "Family",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "LeadOrganisation",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "Professional",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "OrganisationUnit",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "Person",
                schema: "Dimension");

            migrationBuilder.DropTable(
                name: "LoadBatch",
                schema: "Integration");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dimension_Code",
                columns: table => new
                {
                    CodeSet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Code", x => new { x.CodeSet, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Date",
                columns: table => new
                {
                    DateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CalendarYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CalendarMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MonthLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DayOfWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    IsWeekend = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsBankHoliday = table.Column<bool>(type: "INTEGER", nullable: false),
                    BankHolidayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsWorkingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancialYearLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinancialQuarter = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancialQuarterLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinancialMonth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Date", x => x.DateKey);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Measure",
                columns: table => new
                {
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NumeratorDefinition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DenominatorDefinition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Polarity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountingUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Breakdowns = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequiredTables = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsAvailable = table.Column<bool>(type: "INTEGER", nullable: false),
                    SettlesAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailabilityNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Measure", x => x.MeasureCode);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_OrganisationUnitAncestor",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    AncestorOrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Distance = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_OrganisationUnitAncestor", x => new { x.OrgUnitKey, x.AncestorOrgUnitKey });
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Period",
                columns: table => new
                {
                    PeriodKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Grain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    FinancialYearLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    YearToDateStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousPeriodKey = table.Column<int>(type: "INTEGER", nullable: true),
                    SamePeriodLastYearKey = table.Column<int>(type: "INTEGER", nullable: true),
                    IsComplete = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Period", x => x.PeriodKey);
                });

            migrationBuilder.CreateTable(
                name: "Integration_LoadBatch",
                columns: table => new
                {
                    LoadBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsInserted = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_LoadBatch", x => x.LoadBatchId);
                });

            migrationBuilder.CreateTable(
                name: "Integration_MeasureRefresh",
                columns: table => new
                {
                    MeasureRefreshId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpToBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecomputedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodsRecomputed = table.Column<int>(type: "INTEGER", nullable: false),
                    ValuesWritten = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetsHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_MeasureRefresh", x => x.MeasureRefreshId);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Family",
                columns: table => new
                {
                    FamilyKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Family", x => x.FamilyKey);
                    table.ForeignKey(
                        name: "FK_Dimension_Family_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_LeadOrganisation",
                columns: table => new
                {
                    LeadOrganisationKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_LeadOrganisation", x => x.LeadOrganisationKey);
                    table.ForeignKey(
                        name: "FK_Dimension_LeadOrganisation_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_OrganisationUnit",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentOrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, defaultValue: "Team"),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_OrganisationUnit", x => x.OrgUnitKey);
                    table.ForeignKey(
                        name: "FK_Dimension_OrganisationUnit_Dimension_OrganisationUnit_ParentOrgUnitKey",
                        column: x => x.ParentOrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dimension_OrganisationUnit_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Person",
                columns: table => new
                {
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EthnicityCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EthnicityGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MonthOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Person", x => x.PersonKey);
                    table.ForeignKey(
                        name: "FK_Dimension_Person_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Professional",
                columns: table => new
                {
                    ProfessionalKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProfessionalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Professional", x => x.ProfessionalKey);
                    table.ForeignKey(
                        name: "FK_Dimension_Professional_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Integration_LoadBatchTable",
                columns: table => new
                {
                    LoadBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    TableName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsInserted = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    IgnoredColumns = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EarliestAffectedDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_LoadBatchTable", x => new { x.LoadBatchId, x.TableName });
                    table.ForeignKey(
                        name: "FK_Integration_LoadBatchTable_Integration_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Integration_Reject",
                columns: table => new
                {
                    RejectId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoadBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ColumnName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_Reject", x => x.RejectId);
                    table.ForeignKey(
                        name: "FK_Integration_Reject_Integration_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_Target",
                columns: table => new
                {
                    TargetKey = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Tolerance = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_Target", x => x.TargetKey);
                    table.ForeignKey(
                        name: "FK_Dimension_Target_Dimension_Measure_MeasureCode",
                        column: x => x.MeasureCode,
                        principalTable: "Dimension_Measure",
                        principalColumn: "MeasureCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Dimension_Target_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Fact_FamilyProgrammeAttachment",
                columns: table => new
                {
                    AttachmentKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttachmentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FamilyKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    AttachedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClaimOutcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_FamilyProgrammeAttachment", x => x.AttachmentKey);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyProgrammeAttachment_Dimension_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalTable: "Dimension_Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyProgrammeAttachment_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyProgrammeAttachment_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_MeasureValue",
                columns: table => new
                {
                    MeasureValueKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    BreakdownKind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BreakdownValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: false),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsPrevious = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsLastYear = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreviousValue = table.Column<double>(type: "REAL", nullable: true),
                    LastYearValue = table.Column<double>(type: "REAL", nullable: true),
                    IsSmallNumber = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefreshedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_MeasureValue", x => x.MeasureValueKey);
                    table.ForeignKey(
                        name: "FK_Fact_MeasureValue_Dimension_Measure_MeasureCode",
                        column: x => x.MeasureCode,
                        principalTable: "Dimension_Measure",
                        principalColumn: "MeasureCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Fact_MeasureValue_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_MeasureValue_Dimension_Period_PeriodKey",
                        column: x => x.PeriodKey,
                        principalTable: "Dimension_Period",
                        principalColumn: "PeriodKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_MeasureValue_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dimension_FamilyMember",
                columns: table => new
                {
                    FamilyMemberKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyMemberId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FamilyKey = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimension_FamilyMember", x => x.FamilyMemberKey);
                    table.ForeignKey(
                        name: "FK_Dimension_FamilyMember_Dimension_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalTable: "Dimension_Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dimension_FamilyMember_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dimension_FamilyMember_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_Contact",
                columns: table => new
                {
                    ContactKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContactDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsEarlyHelpOutcome = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSocialCareOutcome = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNoFurtherAction = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsInformationAndAdvice = table.Column<bool>(type: "INTEGER", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_Contact", x => x.ContactKey);
                    table.ForeignKey(
                        name: "FK_Fact_Contact_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Contact_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_LookedAfterEpisode",
                columns: table => new
                {
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpisodeId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReasonCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_LookedAfterEpisode", x => x.EpisodeKey);
                    table.ForeignKey(
                        name: "FK_Fact_LookedAfterEpisode_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_LookedAfterEpisode_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_SocialCareReferral",
                columns: table => new
                {
                    ReferralKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferralDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutcomeCodes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsNoFurtherAction = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsStepDownOutcome = table.Column<bool>(type: "INTEGER", nullable: false),
                    CloseReasonCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CloseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CloseDateKey = table.Column<int>(type: "INTEGER", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_SocialCareReferral", x => x.ReferralKey);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareReferral_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareReferral_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareReferral_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_EarlyHelpEpisode",
                columns: table => new
                {
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EpisodeId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyKey = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDateKey = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EndReasonCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LevelCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadOrganisationKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ProfessionalKey = table.Column<int>(type: "INTEGER", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_EarlyHelpEpisode", x => x.EpisodeKey);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Dimension_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalTable: "Dimension_Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Dimension_LeadOrganisation_LeadOrganisationKey",
                        column: x => x.LeadOrganisationKey,
                        principalTable: "Dimension_LeadOrganisation",
                        principalColumn: "LeadOrganisationKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Dimension_Professional_ProfessionalKey",
                        column: x => x.ProfessionalKey,
                        principalTable: "Dimension_Professional",
                        principalColumn: "ProfessionalKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpEpisode_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_ChildProtectionPlan",
                columns: table => new
                {
                    PlanKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralKey = table.Column<long>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_ChildProtectionPlan", x => x.PlanKey);
                    table.ForeignKey(
                        name: "FK_Fact_ChildProtectionPlan_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_ChildProtectionPlan_Fact_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalTable: "Fact_SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_ChildProtectionPlan_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_SocialCareAssessment",
                columns: table => new
                {
                    AssessmentKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralKey = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorisedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_SocialCareAssessment", x => x.AssessmentKey);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareAssessment_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareAssessment_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareAssessment_Fact_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalTable: "Fact_SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_SocialCareAssessment_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_CaseAudit",
                columns: table => new
                {
                    CaseAuditKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: true),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    AuditDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    ModeratedGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    AuditorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_CaseAudit", x => x.CaseAuditKey);
                    table.ForeignKey(
                        name: "FK_Fact_CaseAudit_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_CaseAudit_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_CaseAudit_Fact_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalTable: "Fact_EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_CaseAudit_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_EarlyHelpAssessment",
                columns: table => new
                {
                    AssessmentKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedDateKey = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadOrganisationKey = table.Column<int>(type: "INTEGER", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_EarlyHelpAssessment", x => x.AssessmentKey);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpAssessment_Dimension_LeadOrganisation_LeadOrganisationKey",
                        column: x => x.LeadOrganisationKey,
                        principalTable: "Dimension_LeadOrganisation",
                        principalColumn: "LeadOrganisationKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpAssessment_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpAssessment_Fact_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalTable: "Fact_EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_EarlyHelpAssessment_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_FamilyFeedback",
                columns: table => new
                {
                    FeedbackKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FeedbackId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FamilyKey = table.Column<int>(type: "INTEGER", nullable: true),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimelyAndHelpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_FamilyFeedback", x => x.FeedbackKey);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyFeedback_Dimension_Family_FamilyKey",
                        column: x => x.FamilyKey,
                        principalTable: "Dimension_Family",
                        principalColumn: "FamilyKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyFeedback_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyFeedback_Fact_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalTable: "Fact_EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_FamilyFeedback_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_OutcomeScore",
                columns: table => new
                {
                    ScoreKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScoreId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tool = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_OutcomeScore", x => x.ScoreKey);
                    table.ForeignKey(
                        name: "FK_Fact_OutcomeScore_Fact_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalTable: "Fact_EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_OutcomeScore_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_PlanReview",
                columns: table => new
                {
                    ReviewKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_PlanReview", x => x.ReviewKey);
                    table.ForeignKey(
                        name: "FK_Fact_PlanReview_Fact_EarlyHelpEpisode_EpisodeKey",
                        column: x => x.EpisodeKey,
                        principalTable: "Fact_EarlyHelpEpisode",
                        principalColumn: "EpisodeKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_PlanReview_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Date_Date",
                table: "Dimension_Date",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Family_FamilyId",
                table: "Dimension_Family",
                column: "FamilyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Family_LineageBatchId",
                table: "Dimension_Family",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_FamilyMember_FamilyKey",
                table: "Dimension_FamilyMember",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_FamilyMember_FamilyMemberId",
                table: "Dimension_FamilyMember",
                column: "FamilyMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_FamilyMember_LineageBatchId",
                table: "Dimension_FamilyMember",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_FamilyMember_PersonKey",
                table: "Dimension_FamilyMember",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_LeadOrganisation_LineageBatchId",
                table: "Dimension_LeadOrganisation",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_LeadOrganisation_Name",
                table: "Dimension_LeadOrganisation",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_OrganisationUnit_LineageBatchId",
                table: "Dimension_OrganisationUnit",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_OrganisationUnit_OrgUnitId",
                table: "Dimension_OrganisationUnit",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_OrganisationUnit_ParentOrgUnitKey",
                table: "Dimension_OrganisationUnit",
                column: "ParentOrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_OrganisationUnitAncestor_AncestorOrgUnitKey",
                table: "Dimension_OrganisationUnitAncestor",
                column: "AncestorOrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Period_Grain_StartDate",
                table: "Dimension_Period",
                columns: new[] { "Grain", "StartDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Period_Label",
                table: "Dimension_Period",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Person_LineageBatchId",
                table: "Dimension_Person",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Person_PersonId",
                table: "Dimension_Person",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Professional_LineageBatchId",
                table: "Dimension_Professional",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Professional_ProfessionalId",
                table: "Dimension_Professional",
                column: "ProfessionalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Target_MeasureCode_FinancialYearStart_OrgUnitKey",
                table: "Dimension_Target",
                columns: new[] { "MeasureCode", "FinancialYearStart", "OrgUnitKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Target_OrgUnitKey",
                table: "Dimension_Target",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_AuditDate",
                table: "Fact_CaseAudit",
                column: "AuditDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_AuditId_Section",
                table: "Fact_CaseAudit",
                columns: new[] { "AuditId", "Section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_EpisodeKey",
                table: "Fact_CaseAudit",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_LineageBatchId",
                table: "Fact_CaseAudit",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_OrgUnitKey",
                table: "Fact_CaseAudit",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_CaseAudit_PersonKey",
                table: "Fact_CaseAudit",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_ChildProtectionPlan_LineageBatchId",
                table: "Fact_ChildProtectionPlan",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_ChildProtectionPlan_PersonKey",
                table: "Fact_ChildProtectionPlan",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_ChildProtectionPlan_PlanId",
                table: "Fact_ChildProtectionPlan",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_ChildProtectionPlan_ReferralKey",
                table: "Fact_ChildProtectionPlan",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_ChildProtectionPlan_StartDate",
                table: "Fact_ChildProtectionPlan",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_ContactDate",
                table: "Fact_Contact",
                column: "ContactDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_ContactId",
                table: "Fact_Contact",
                column: "ContactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_LineageBatchId",
                table: "Fact_Contact",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_PersonKey_ContactDate",
                table: "Fact_Contact",
                columns: new[] { "PersonKey", "ContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_AssessmentId",
                table: "Fact_EarlyHelpAssessment",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_CompletedDate",
                table: "Fact_EarlyHelpAssessment",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_EpisodeKey",
                table: "Fact_EarlyHelpAssessment",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_LeadOrganisationKey",
                table: "Fact_EarlyHelpAssessment",
                column: "LeadOrganisationKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_LineageBatchId",
                table: "Fact_EarlyHelpAssessment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_PersonKey",
                table: "Fact_EarlyHelpAssessment",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndDate",
                table: "Fact_EarlyHelpEpisode",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_EpisodeId",
                table: "Fact_EarlyHelpEpisode",
                column: "EpisodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_FamilyKey",
                table: "Fact_EarlyHelpEpisode",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_LeadOrganisationKey",
                table: "Fact_EarlyHelpEpisode",
                column: "LeadOrganisationKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_LineageBatchId",
                table: "Fact_EarlyHelpEpisode",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_OrgUnitKey",
                table: "Fact_EarlyHelpEpisode",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_PersonKey_StartDate",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_ProfessionalKey",
                table: "Fact_EarlyHelpEpisode",
                column: "ProfessionalKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate",
                table: "Fact_EarlyHelpEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_EpisodeKey",
                table: "Fact_FamilyFeedback",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_FamilyKey",
                table: "Fact_FamilyFeedback",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_FeedbackId",
                table: "Fact_FamilyFeedback",
                column: "FeedbackId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_LineageBatchId",
                table: "Fact_FamilyFeedback",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_OrgUnitKey",
                table: "Fact_FamilyFeedback",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyFeedback_ResponseDate",
                table: "Fact_FamilyFeedback",
                column: "ResponseDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyProgrammeAttachment_AttachedDate",
                table: "Fact_FamilyProgrammeAttachment",
                column: "AttachedDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyProgrammeAttachment_AttachmentId",
                table: "Fact_FamilyProgrammeAttachment",
                column: "AttachmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyProgrammeAttachment_FamilyKey",
                table: "Fact_FamilyProgrammeAttachment",
                column: "FamilyKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyProgrammeAttachment_LineageBatchId",
                table: "Fact_FamilyProgrammeAttachment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_FamilyProgrammeAttachment_OrgUnitKey",
                table: "Fact_FamilyProgrammeAttachment",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_LookedAfterEpisode_EpisodeId",
                table: "Fact_LookedAfterEpisode",
                column: "EpisodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_LookedAfterEpisode_LineageBatchId",
                table: "Fact_LookedAfterEpisode",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_LookedAfterEpisode_PersonKey",
                table: "Fact_LookedAfterEpisode",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_LookedAfterEpisode_StartDate",
                table: "Fact_LookedAfterEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_MeasureValue_LineageBatchId",
                table: "Fact_MeasureValue",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_MeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue",
                table: "Fact_MeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_MeasureValue_OrgUnitKey",
                table: "Fact_MeasureValue",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_MeasureValue_PeriodKey",
                table: "Fact_MeasureValue",
                column: "PeriodKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_EpisodeKey_Stage",
                table: "Fact_OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_LineageBatchId",
                table: "Fact_OutcomeScore",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_ScoreDate",
                table: "Fact_OutcomeScore",
                column: "ScoreDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_ScoreId",
                table: "Fact_OutcomeScore",
                column: "ScoreId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_EpisodeKey_ReviewDate",
                table: "Fact_PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_LineageBatchId",
                table: "Fact_PlanReview",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_ReviewDate",
                table: "Fact_PlanReview",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_ReviewId",
                table: "Fact_PlanReview",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_AssessmentId",
                table: "Fact_SocialCareAssessment",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_LineageBatchId",
                table: "Fact_SocialCareAssessment",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_OrgUnitKey",
                table: "Fact_SocialCareAssessment",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_PersonKey",
                table: "Fact_SocialCareAssessment",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_ReferralKey",
                table: "Fact_SocialCareAssessment",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareAssessment_StartDate",
                table: "Fact_SocialCareAssessment",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_CloseDate",
                table: "Fact_SocialCareReferral",
                column: "CloseDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_LineageBatchId",
                table: "Fact_SocialCareReferral",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_OrgUnitKey",
                table: "Fact_SocialCareReferral",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_PersonKey_ReferralDate",
                table: "Fact_SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_ReferralDate",
                table: "Fact_SocialCareReferral",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_ReferralId",
                table: "Fact_SocialCareReferral",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Integration_LoadBatch_FileHash_Status",
                table: "Integration_LoadBatch",
                columns: new[] { "FileHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Integration_Reject_LoadBatchId_FileName_LineNumber",
                table: "Integration_Reject",
                columns: new[] { "LoadBatchId", "FileName", "LineNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dimension_Code");

            migrationBuilder.DropTable(
                name: "Dimension_Date");

            migrationBuilder.DropTable(
                name: "Dimension_FamilyMember");

            migrationBuilder.DropTable(
                name: "Dimension_OrganisationUnitAncestor");

            migrationBuilder.DropTable(
                name: "Dimension_Target");

            migrationBuilder.DropTable(
                name: "Fact_CaseAudit");

            migrationBuilder.DropTable(
                name: "Fact_ChildProtectionPlan");

            migrationBuilder.DropTable(
                name: "Fact_Contact");

            migrationBuilder.DropTable(
                name: "Fact_EarlyHelpAssessment");

            migrationBuilder.DropTable(
                name: "Fact_FamilyFeedback");

            migrationBuilder.DropTable(
                name: "Fact_FamilyProgrammeAttachment");

            migrationBuilder.DropTable(
                name: "Fact_LookedAfterEpisode");

            migrationBuilder.DropTable(
                name: "Fact_MeasureValue");

            migrationBuilder.DropTable(
                name: "Fact_OutcomeScore");

            migrationBuilder.DropTable(
                name: "Fact_PlanReview");

            migrationBuilder.DropTable(
                name: "Fact_SocialCareAssessment");

            migrationBuilder.DropTable(
                name: "Integration_LoadBatchTable");

            migrationBuilder.DropTable(
                name: "Integration_MeasureRefresh");

            migrationBuilder.DropTable(
                name: "Integration_Reject");

            migrationBuilder.DropTable(
                name: "Dimension_Measure");

            migrationBuilder.DropTable(
                name: "Dimension_Period");

            migrationBuilder.DropTable(
                name: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropTable(
                name: "Fact_SocialCareReferral");

            migrationBuilder.DropTable(
                name: "Dimension_Family");

            migrationBuilder.DropTable(
                name: "Dimension_LeadOrganisation");

            migrationBuilder.DropTable(
                name: "Dimension_Professional");

            migrationBuilder.DropTable(
                name: "Dimension_OrganisationUnit");

            migrationBuilder.DropTable(
                name: "Dimension_Person");

            migrationBuilder.DropTable(
                name: "Integration_LoadBatch");
        }
    }
}

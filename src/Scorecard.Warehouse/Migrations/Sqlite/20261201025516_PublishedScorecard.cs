using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedScorecard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DataAsOf",
                table: "Integration_MeasureRefresh",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Published_InternalMeasureValue",
                columns: table => new
                {
                    PublishedValueKey = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeasureName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Polarity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeasureSortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodGrain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinancialYear = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodSortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodIsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrgUnitLevel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BreakdownKind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BreakdownValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    DisplayValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsPrevious = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsLastYear = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreviousValue = table.Column<double>(type: "REAL", nullable: true),
                    LastYearValue = table.Column<double>(type: "REAL", nullable: true),
                    IsSmallNumber = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSuppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    SettlesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RefreshedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Published_InternalMeasureValue", x => x.PublishedValueKey);
                });

            migrationBuilder.CreateTable(
                name: "Published_OrgUnit",
                columns: table => new
                {
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentOrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LocalityOrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Published_OrgUnit", x => x.OrgUnitKey);
                });

            migrationBuilder.CreateTable(
                name: "Published_PartnershipMeasureValue",
                columns: table => new
                {
                    PublishedValueKey = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeasureName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Polarity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeasureSortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodGrain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FinancialYear = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodSortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodIsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrgUnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrgUnitLevel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BreakdownKind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BreakdownValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    DisplayValue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Rag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsPrevious = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectionVsLastYear = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreviousValue = table.Column<double>(type: "REAL", nullable: true),
                    LastYearValue = table.Column<double>(type: "REAL", nullable: true),
                    IsSmallNumber = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSuppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    SettlesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RefreshedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Published_PartnershipMeasureValue", x => x.PublishedValueKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Published_InternalMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue",
                table: "Published_InternalMeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Published_PartnershipMeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue",
                table: "Published_PartnershipMeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Published_InternalMeasureValue");

            migrationBuilder.DropTable(
                name: "Published_OrgUnit");

            migrationBuilder.DropTable(
                name: "Published_PartnershipMeasureValue");

            migrationBuilder.DropColumn(
                name: "DataAsOf",
                table: "Integration_MeasureRefresh");
        }
    }
}

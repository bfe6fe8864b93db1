using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <summary>
    /// The snapshot (Fact.MeasureValue) keeps its indexes and loses its foreign keys: it is derived data, written only
    /// by the refresh from keys it has just read, and nothing deletes what a value names. Checked row by row, the keys
    /// were most of the time PostgreSQL took to write a full refresh. See the model (WarehouseContext) for the reasoning.
    /// </summary>
    public partial class SnapshotWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite drops a foreign key by rebuilding the table. Not by EF Core's rebuild (a new table renamed over the old,
            // with foreign keys turned off around it): after it, the loader's connection could no longer set its temporary
            // storage. No table refers to this one, so it is rebuilt by copying its rows aside, making it again without the
            // foreign keys (the same columns, key and indexes) and copying them back, all in the migration's transaction.
            migrationBuilder.Sql("""CREATE TABLE "ef_copy_Fact_MeasureValue" AS SELECT * FROM "Fact_MeasureValue";""");
            migrationBuilder.Sql("""DROP TABLE "Fact_MeasureValue";""");
            migrationBuilder.Sql("""
                CREATE TABLE "Fact_MeasureValue" (
                    "MeasureValueKey" INTEGER NOT NULL CONSTRAINT "PK_Fact_MeasureValue" PRIMARY KEY AUTOINCREMENT,
                    "BreakdownKind" TEXT NOT NULL,
                    "BreakdownValue" TEXT NOT NULL,
                    "Denominator" INTEGER NULL,
                    "DirectionVsLastYear" TEXT NULL,
                    "DirectionVsPrevious" TEXT NULL,
                    "IsAvailable" INTEGER NOT NULL DEFAULT 1,
                    "IsProvisional" INTEGER NOT NULL,
                    "IsSmallNumber" INTEGER NOT NULL,
                    "LastYearValue" REAL NULL,
                    "LineageBatchId" INTEGER NOT NULL,
                    "MeasureCode" TEXT NOT NULL,
                    "NotAvailableReason" TEXT NULL,
                    "Numerator" INTEGER NOT NULL,
                    "OrgUnitKey" INTEGER NOT NULL,
                    "PeriodKey" INTEGER NOT NULL,
                    "PreviousValue" REAL NULL,
                    "Rag" TEXT NULL,
                    "RefreshedAtUtc" TEXT NOT NULL,
                    "Target" REAL NULL,
                    "Value" REAL NULL
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Fact_MeasureValue" ("MeasureValueKey", "BreakdownKind", "BreakdownValue", "Denominator", "DirectionVsLastYear", "DirectionVsPrevious", "IsAvailable", "IsProvisional", "IsSmallNumber", "LastYearValue", "LineageBatchId", "MeasureCode", "NotAvailableReason", "Numerator", "OrgUnitKey", "PeriodKey", "PreviousValue", "Rag", "RefreshedAtUtc", "Target", "Value")
                SELECT "MeasureValueKey", "BreakdownKind", "BreakdownValue", "Denominator", "DirectionVsLastYear", "DirectionVsPrevious", "IsAvailable", "IsProvisional", "IsSmallNumber", "LastYearValue", "LineageBatchId", "MeasureCode", "NotAvailableReason", "Numerator", "OrgUnitKey", "PeriodKey", "PreviousValue", "Rag", "RefreshedAtUtc", "Target", "Value"
                FROM "ef_copy_Fact_MeasureValue";
                """);
            migrationBuilder.Sql("""DROP TABLE "ef_copy_Fact_MeasureValue";""");
            migrationBuilder.CreateIndex(name: "IX_Fact_MeasureValue_LineageBatchId", table: "Fact_MeasureValue", column: "LineageBatchId");
            migrationBuilder.CreateIndex(name: "IX_Fact_MeasureValue_MeasureCode_PeriodKey_OrgUnitKey_BreakdownKind_BreakdownValue", table: "Fact_MeasureValue",
                columns: new[] { "MeasureCode", "PeriodKey", "OrgUnitKey", "BreakdownKind", "BreakdownValue" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_Fact_MeasureValue_OrgUnitKey", table: "Fact_MeasureValue", column: "OrgUnitKey");
            migrationBuilder.CreateIndex(name: "IX_Fact_MeasureValue_PeriodKey", table: "Fact_MeasureValue", column: "PeriodKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_Measure_MeasureCode",
                table: "Fact_MeasureValue",
                column: "MeasureCode",
                principalTable: "Dimension_Measure",
                principalColumn: "MeasureCode",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_OrganisationUnit_OrgUnitKey",
                table: "Fact_MeasureValue",
                column: "OrgUnitKey",
                principalTable: "Dimension_OrganisationUnit",
                principalColumn: "OrgUnitKey",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_Period_PeriodKey",
                table: "Fact_MeasureValue",
                column: "PeriodKey",
                principalTable: "Dimension_Period",
                principalColumn: "PeriodKey",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Fact_MeasureValue_Integration_LoadBatch_LineageBatchId",
                table: "Fact_MeasureValue",
                column: "LineageBatchId",
                principalTable: "Integration_LoadBatch",
                principalColumn: "LoadBatchId",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

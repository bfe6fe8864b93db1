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
            migrationBuilder.DropForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_Measure_MeasureCode",
                table: "Fact_MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_OrganisationUnit_OrgUnitKey",
                table: "Fact_MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_Fact_MeasureValue_Dimension_Period_PeriodKey",
                table: "Fact_MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_Fact_MeasureValue_Integration_LoadBatch_LineageBatchId",
                table: "Fact_MeasureValue");
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

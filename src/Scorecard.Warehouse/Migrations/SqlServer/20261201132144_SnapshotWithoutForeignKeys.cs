using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
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
                name: "FK_MeasureValue_LoadBatch_LineageBatchId",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_MeasureValue_Measure_MeasureCode",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_MeasureValue_OrganisationUnit_OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropForeignKey(
                name: "FK_MeasureValue_Period_PeriodKey",
                schema: "Fact",
                table: "MeasureValue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_MeasureValue_LoadBatch_LineageBatchId",
                schema: "Fact",
                table: "MeasureValue",
                column: "LineageBatchId",
                principalSchema: "Integration",
                principalTable: "LoadBatch",
                principalColumn: "LoadBatchId",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureValue_Measure_MeasureCode",
                schema: "Fact",
                table: "MeasureValue",
                column: "MeasureCode",
                principalSchema: "Dimension",
                principalTable: "Measure",
                principalColumn: "MeasureCode",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureValue_OrganisationUnit_OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue",
                column: "OrgUnitKey",
                principalSchema: "Dimension",
                principalTable: "OrganisationUnit",
                principalColumn: "OrgUnitKey",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MeasureValue_Period_PeriodKey",
                schema: "Fact",
                table: "MeasureValue",
                column: "PeriodKey",
                principalSchema: "Dimension",
                principalTable: "Period",
                principalColumn: "PeriodKey",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

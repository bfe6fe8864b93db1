using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <summary>
    /// The snapshot (Fact.MeasureValue) loses its indexes by unit and by batch: no query reads it by either (they were
    /// what was left of the foreign keys SnapshotWithoutForeignKeys dropped), and each was kept row by row as a refresh
    /// writes its values. See the model (WarehouseContext) for the reasoning.
    /// </summary>
    public partial class SnapshotWithoutUnreadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MeasureValue_LineageBatchId",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropIndex(
                name: "IX_MeasureValue_OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_LineageBatchId",
                schema: "Fact",
                table: "MeasureValue",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValue_OrgUnitKey",
                schema: "Fact",
                table: "MeasureValue",
                column: "OrgUnitKey");
        }
    }
}

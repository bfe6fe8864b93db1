using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SnapshotDeletionsAndAbsentColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AbsentColumns",
                table: "Integration_LoadBatchTable",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowsDeleted",
                table: "Integration_LoadBatchTable",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsDeleted",
                table: "Integration_LoadBatch",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Integration_DeletedRecord",
                columns: table => new
                {
                    DeletedRecordId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TableName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordKey = table.Column<long>(type: "INTEGER", nullable: false),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Record = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeletedByBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_DeletedRecord", x => x.DeletedRecordId);
                    table.ForeignKey(
                        name: "FK_Integration_DeletedRecord_Integration_LoadBatch_DeletedByBatchId",
                        column: x => x.DeletedByBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Integration_DeletedRecord_DeletedByBatchId_TableName",
                table: "Integration_DeletedRecord",
                columns: new[] { "DeletedByBatchId", "TableName" });

            migrationBuilder.CreateIndex(
                name: "IX_Integration_DeletedRecord_TableName_RecordId",
                table: "Integration_DeletedRecord",
                columns: new[] { "TableName", "RecordId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Integration_DeletedRecord");

            migrationBuilder.DropColumn(
                name: "AbsentColumns",
                table: "Integration_LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsDeleted",
                table: "Integration_LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsDeleted",
                table: "Integration_LoadBatch");
        }
    }
}

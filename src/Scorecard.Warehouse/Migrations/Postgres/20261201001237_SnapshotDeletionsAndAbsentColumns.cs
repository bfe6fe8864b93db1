using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SnapshotDeletionsAndAbsentColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AbsentColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatch",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DeletedRecord",
                schema: "Integration",
                columns: table => new
                {
                    DeletedRecordId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TableName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordKey = table.Column<long>(type: "bigint", nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Record = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false),
                    DeletedByBatchId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletedRecord", x => x.DeletedRecordId);
                    table.ForeignKey(
                        name: "FK_DeletedRecord_LoadBatch_DeletedByBatchId",
                        column: x => x.DeletedByBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeletedRecord_DeletedByBatchId_TableName",
                schema: "Integration",
                table: "DeletedRecord",
                columns: new[] { "DeletedByBatchId", "TableName" });

            migrationBuilder.CreateIndex(
                name: "IX_DeletedRecord_TableName_RecordId",
                schema: "Integration",
                table: "DeletedRecord",
                columns: new[] { "TableName", "RecordId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeletedRecord",
                schema: "Integration");

            migrationBuilder.DropColumn(
                name: "AbsentColumns",
                schema: "Integration",
                table: "LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsDeleted",
                schema: "Integration",
                table: "LoadBatch");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PublishedPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedPack",
                schema: "Integration",
                columns: table => new
                {
                    PublishedPackId = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TemplateName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodLabel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LoadBatchId = table.Column<int>(type: "int", nullable: true),
                    WorkbookFile = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ChartsFile = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPack", x => x.PublishedPackId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPack_TemplateName_PeriodLabel",
                schema: "Integration",
                table: "PublishedPack",
                columns: new[] { "TemplateName", "PeriodLabel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedPack",
                schema: "Integration");
        }
    }
}

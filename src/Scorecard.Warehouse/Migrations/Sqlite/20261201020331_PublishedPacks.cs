using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Integration_PublishedPack",
                columns: table => new
                {
                    PublishedPackId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkbookFile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChartsFile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_PublishedPack", x => x.PublishedPackId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Integration_PublishedPack_TemplateName_PeriodLabel",
                table: "Integration_PublishedPack",
                columns: new[] { "TemplateName", "PeriodLabel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Integration_PublishedPack");
        }
    }
}

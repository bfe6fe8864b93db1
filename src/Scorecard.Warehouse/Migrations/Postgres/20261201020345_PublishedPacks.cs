using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
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
                    PublishedPackId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TemplateName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodLabel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LoadBatchId = table.Column<int>(type: "integer", nullable: true),
                    WorkbookFile = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChartsFile = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

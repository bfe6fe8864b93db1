using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedPacksAndJobRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobRun",
                schema: "Integration",
                columns: table => new
                {
                    JobRunId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Job = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ItemsLoaded = table.Column<int>(type: "integer", nullable: false),
                    ItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRun", x => x.JobRunId);
                });

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
                name: "IX_JobRun_Job_Status_FinishedAtUtc",
                schema: "Integration",
                table: "JobRun",
                columns: new[] { "Job", "Status", "FinishedAtUtc" });

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
                name: "JobRun",
                schema: "Integration");

            migrationBuilder.DropTable(
                name: "PublishedPack",
                schema: "Integration");
        }
    }
}

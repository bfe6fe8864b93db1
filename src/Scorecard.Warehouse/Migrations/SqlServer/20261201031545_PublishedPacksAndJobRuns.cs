using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
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
                    JobRunId = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Job = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ItemsLoaded = table.Column<int>(type: "int", nullable: false),
                    ItemsFailed = table.Column<int>(type: "int", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
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

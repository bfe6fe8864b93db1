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
                    JobRunId = table.Column<int>(type: "int", nullable: false, comment: "Surrogate key.")
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Job = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, comment: "The job: load-extracts, refresh-measures or build-packs."),
                    Trigger = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, comment: "What started it: schedule, administrator or command line."),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false, comment: "When it started (UTC)."),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true, comment: "When it finished (UTC); empty while running."),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, comment: "Running, Succeeded or Failed."),
                    ItemsLoaded = table.Column<int>(type: "int", nullable: false, comment: "Inbox items loaded (or found already in the warehouse), or packs written: what the overdue check counts for loads."),
                    ItemsFailed = table.Column<int>(type: "int", nullable: false, comment: "Inbox items that failed and were moved to failed/."),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true, comment: "What the run did or why it failed, in words.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRun", x => x.JobRunId);
                },
                comment: "One run of a scheduled job (load-extracts, refresh-measures, build-packs), whether started by its schedule, an administrator or the command line; what the health check reads.");

            migrationBuilder.CreateTable(
                name: "PublishedPack",
                schema: "Integration",
                columns: table => new
                {
                    PublishedPackId = table.Column<int>(type: "int", nullable: false, comment: "Surrogate key; the id in the feed's download links.")
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TemplateName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, comment: "The template's name, e.g. childrens-trust-quarterly."),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The template's title, as on the pack's cover."),
                    PeriodLabel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, comment: "The period the pack reports, e.g. \"2026-27 Q2\" or \"2026-09\"; one pack per template and period."),
                    GeneratedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false, comment: "When the pack was written (UTC)."),
                    LoadBatchId = table.Column<int>(type: "int", nullable: true, comment: "The last load the published measures it shows had seen (Integration.LoadBatch)."),
                    WorkbookFile = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false, comment: "The workbook, relative to the packs folder (template/period/name.xlsx); never a server path in the feed."),
                    ChartsFile = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false, comment: "The chart PDF, relative to the packs folder."),
                    Roles = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, comment: "The feed roles that may download it, as \",Board,Analyst,\".")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPack", x => x.PublishedPackId);
                },
                comment: "A board pack the build-packs job wrote for a template's latest complete period; the feed lists it and serves its files to the roles the template names.");

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

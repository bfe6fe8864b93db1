using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EarlyHelpOpenAtPeriodEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Fact_EarlyHelpOpenAtPeriodEnd",
                columns: table => new
                {
                    PeriodEndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EpisodeKey = table.Column<long>(type: "INTEGER", nullable: false),
                    EpisodeId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_EarlyHelpOpenAtPeriodEnd", x => new { x.PeriodEndDate, x.EpisodeKey });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpOpenAtPeriodEnd_PeriodEndDate_PersonKey_OrgUnitKey_StartDate_EpisodeKey",
                table: "Fact_EarlyHelpOpenAtPeriodEnd",
                columns: new[] { "PeriodEndDate", "PersonKey", "OrgUnitKey", "StartDate", "EpisodeKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Fact_EarlyHelpOpenAtPeriodEnd");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EarlyHelpOpenAtPeriodEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EarlyHelpOpenAtPeriodEnd",
                schema: "Fact",
                columns: table => new
                {
                    PeriodEndDate = table.Column<DateOnly>(type: "date", nullable: false, comment: "The end date of one or more periods (Dimension.Period)."),
                    EpisodeKey = table.Column<long>(type: "bigint", nullable: false, comment: "The early help episode (Fact.EarlyHelpEpisode)."),
                    EpisodeId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, comment: "The case system's id, pseudonymised with a keyed hash."),
                    PersonKey = table.Column<int>(type: "integer", nullable: false, comment: "The child (Dimension.Person)."),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true, comment: "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only."),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false, comment: "Date the episode started.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyHelpOpenAtPeriodEnd", x => new { x.PeriodEndDate, x.EpisodeKey });
                },
                comment: "Early help episodes open at each period end date (started on or before it, not ended by it), written by the measure refresh from Fact.EarlyHelpEpisode for the end dates it recomputes; the measures counted at period end read it.");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpOpenAtPeriodEnd_PeriodEndDate_PersonKey_OrgUnitKey~",
                schema: "Fact",
                table: "EarlyHelpOpenAtPeriodEnd",
                columns: new[] { "PeriodEndDate", "PersonKey", "OrgUnitKey", "StartDate", "EpisodeKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EarlyHelpOpenAtPeriodEnd",
                schema: "Fact");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EpisodesOpenFromTheDateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate_EpisodeKey_EpisodeId",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "StartDate", "EndDate", "OrgUnitKey", "PersonKey", "LeadOrganisationKey", "ReferralDate", "EpisodeKey", "EpisodeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate_EpisodeKey_EpisodeId",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "StartDate", "EndDate", "OrgUnitKey", "PersonKey", "LeadOrganisationKey", "ReferralDate" });
        }
    }
}

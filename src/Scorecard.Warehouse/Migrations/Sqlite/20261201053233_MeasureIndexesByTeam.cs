using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureIndexesByTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_OrgUnitKey",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_OrgUnitKey",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_OrgUnitKey_ReferralDate_CloseDate_PersonKey",
                table: "Fact_SocialCareReferral",
                columns: new[] { "OrgUnitKey", "ReferralDate", "CloseDate", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_OrgUnitKey_StartDate_EndDate_PersonKey_LeadOrganisationKey",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "OrgUnitKey", "StartDate", "EndDate", "PersonKey", "LeadOrganisationKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_OrgUnitKey_ReferralDate_CloseDate_PersonKey",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_OrgUnitKey_StartDate_EndDate_PersonKey_LeadOrganisationKey",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_OrgUnitKey",
                table: "Fact_SocialCareReferral",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_OrgUnitKey",
                table: "Fact_EarlyHelpEpisode",
                column: "OrgUnitKey");
        }
    }
}

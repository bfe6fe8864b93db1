using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MeasureIndexesByTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_OrgUnitKey",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_OrgUnitKey",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_OrgUnitKey_ReferralDate_CloseDate_PersonKey",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "OrgUnitKey", "ReferralDate", "CloseDate", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_OrgUnitKey_StartDate_EndDate_PersonKey_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "OrgUnitKey", "StartDate", "EndDate", "PersonKey", "LeadOrganisationKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_OrgUnitKey_ReferralDate_CloseDate_PersonKey",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_OrgUnitKey_StartDate_EndDate_PersonKey_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_OrgUnitKey",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_OrgUnitKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "OrgUnitKey");
        }
    }
}

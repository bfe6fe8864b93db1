using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoveringIndexesForMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_CloseDate",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_PersonKey_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_PlanReview_EpisodeKey_ReviewDate",
                schema: "Fact",
                table: "PlanReview");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeScore_EpisodeKey_Stage",
                schema: "Fact",
                table: "OutcomeScore");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_PersonKey_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpAssessment_CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpAssessment_EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Contact_ContactDate",
                schema: "Fact",
                table: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_CloseDate_OrgUnitKey_PersonKey_CloseReasonCode",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "CloseDate", "OrgUnitKey", "PersonKey", "CloseReasonCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_PersonKey_ReferralDate_IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate", "IsNoFurtherAction" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_ReferralDate_CloseDate_OrgUnitKey_PersonKey_IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "ReferralDate", "CloseDate", "OrgUnitKey", "PersonKey", "IsNoFurtherAction" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_EpisodeKey_ReviewDate_ReviewType",
                schema: "Fact",
                table: "PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate", "ReviewType" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_EpisodeKey_Stage_ScoreDate_Domain_Score",
                schema: "Fact",
                table: "OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage", "ScoreDate", "Domain", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_EndDate_StartDate_OrgUnitKey_PersonKey_EndReasonCode",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "EndDate", "StartDate", "OrgUnitKey", "PersonKey", "EndReasonCode" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_EndReasonCode_EndDate_OrgUnitKey_PersonKey",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "EndReasonCode", "EndDate", "OrgUnitKey", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_PersonKey_StartDate_EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "StartDate", "EndDate", "OrgUnitKey", "PersonKey", "LeadOrganisationKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_CompletedDate_EpisodeKey_PersonKey_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                columns: new[] { "CompletedDate", "EpisodeKey", "PersonKey", "LeadOrganisationKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_EpisodeKey_CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                columns: new[] { "EpisodeKey", "CompletedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Date_Date_IsWorkingDay",
                schema: "Dimension",
                table: "Date",
                columns: new[] { "Date", "IsWorkingDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ContactDate_PersonKey_IsEarlyHelpOutcome",
                schema: "Fact",
                table: "Contact",
                columns: new[] { "ContactDate", "PersonKey", "IsEarlyHelpOutcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_CloseDate_OrgUnitKey_PersonKey_CloseReasonCode",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_PersonKey_ReferralDate_IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_SocialCareReferral_ReferralDate_CloseDate_OrgUnitKey_PersonKey_IsNoFurtherAction",
                schema: "Fact",
                table: "SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_PlanReview_EpisodeKey_ReviewDate_ReviewType",
                schema: "Fact",
                table: "PlanReview");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeScore_EpisodeKey_Stage_ScoreDate_Domain_Score",
                schema: "Fact",
                table: "OutcomeScore");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_EndDate_StartDate_OrgUnitKey_PersonKey_EndReasonCode",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_EndReasonCode_EndDate_OrgUnitKey_PersonKey",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_PersonKey_StartDate_EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpAssessment_CompletedDate_EpisodeKey_PersonKey_LeadOrganisationKey",
                schema: "Fact",
                table: "EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_EarlyHelpAssessment_EpisodeKey_CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Date_Date_IsWorkingDay",
                schema: "Dimension",
                table: "Date");

            migrationBuilder.DropIndex(
                name: "IX_Contact_ContactDate_PersonKey_IsEarlyHelpOutcome",
                schema: "Fact",
                table: "Contact");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_CloseDate",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "CloseDate");

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_PersonKey_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialCareReferral_ReferralDate",
                schema: "Fact",
                table: "SocialCareReferral",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_EpisodeKey_ReviewDate",
                schema: "Fact",
                table: "PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeScore_EpisodeKey_Stage",
                schema: "Fact",
                table: "OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_EndDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_PersonKey_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpEpisode_StartDate",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_CompletedDate",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyHelpAssessment_EpisodeKey",
                schema: "Fact",
                table: "EarlyHelpAssessment",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Contact_ContactDate",
                schema: "Fact",
                table: "Contact",
                column: "ContactDate");
        }
    }
}

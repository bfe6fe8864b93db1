using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringIndexesForMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_CloseDate",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_PersonKey_ReferralDate",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_ReferralDate",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_PlanReview_EpisodeKey_ReviewDate",
                table: "Fact_PlanReview");

            migrationBuilder.DropIndex(
                name: "IX_Fact_OutcomeScore_EpisodeKey_Stage",
                table: "Fact_OutcomeScore");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_PersonKey_StartDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpAssessment_CompletedDate",
                table: "Fact_EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpAssessment_EpisodeKey",
                table: "Fact_EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Fact_Contact_ContactDate",
                table: "Fact_Contact");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_CloseDate_OrgUnitKey_PersonKey_CloseReasonCode",
                table: "Fact_SocialCareReferral",
                columns: new[] { "CloseDate", "OrgUnitKey", "PersonKey", "CloseReasonCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_PersonKey_ReferralDate_IsNoFurtherAction",
                table: "Fact_SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate", "IsNoFurtherAction" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_ReferralDate_CloseDate_OrgUnitKey_PersonKey_IsNoFurtherAction",
                table: "Fact_SocialCareReferral",
                columns: new[] { "ReferralDate", "CloseDate", "OrgUnitKey", "PersonKey", "IsNoFurtherAction" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_EpisodeKey_ReviewDate_ReviewType",
                table: "Fact_PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate", "ReviewType" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_EpisodeKey_Stage_ScoreDate_Domain_Score",
                table: "Fact_OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage", "ScoreDate", "Domain", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndDate_StartDate_OrgUnitKey_PersonKey_EndReasonCode",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "EndDate", "StartDate", "OrgUnitKey", "PersonKey", "EndReasonCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndReasonCode_EndDate_OrgUnitKey_PersonKey",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "EndReasonCode", "EndDate", "OrgUnitKey", "PersonKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_PersonKey_StartDate_EndDate",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "StartDate", "EndDate", "OrgUnitKey", "PersonKey", "LeadOrganisationKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_CompletedDate_EpisodeKey_PersonKey_LeadOrganisationKey",
                table: "Fact_EarlyHelpAssessment",
                columns: new[] { "CompletedDate", "EpisodeKey", "PersonKey", "LeadOrganisationKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_EpisodeKey_CompletedDate",
                table: "Fact_EarlyHelpAssessment",
                columns: new[] { "EpisodeKey", "CompletedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_ContactDate_PersonKey_IsEarlyHelpOutcome",
                table: "Fact_Contact",
                columns: new[] { "ContactDate", "PersonKey", "IsEarlyHelpOutcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Dimension_Date_Date_IsWorkingDay",
                table: "Dimension_Date",
                columns: new[] { "Date", "IsWorkingDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_CloseDate_OrgUnitKey_PersonKey_CloseReasonCode",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_PersonKey_ReferralDate_IsNoFurtherAction",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_SocialCareReferral_ReferralDate_CloseDate_OrgUnitKey_PersonKey_IsNoFurtherAction",
                table: "Fact_SocialCareReferral");

            migrationBuilder.DropIndex(
                name: "IX_Fact_PlanReview_EpisodeKey_ReviewDate_ReviewType",
                table: "Fact_PlanReview");

            migrationBuilder.DropIndex(
                name: "IX_Fact_OutcomeScore_EpisodeKey_Stage_ScoreDate_Domain_Score",
                table: "Fact_OutcomeScore");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndDate_StartDate_OrgUnitKey_PersonKey_EndReasonCode",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndReasonCode_EndDate_OrgUnitKey_PersonKey",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_PersonKey_StartDate_EndDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate_EndDate_OrgUnitKey_PersonKey_LeadOrganisationKey_ReferralDate",
                table: "Fact_EarlyHelpEpisode");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpAssessment_CompletedDate_EpisodeKey_PersonKey_LeadOrganisationKey",
                table: "Fact_EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Fact_EarlyHelpAssessment_EpisodeKey_CompletedDate",
                table: "Fact_EarlyHelpAssessment");

            migrationBuilder.DropIndex(
                name: "IX_Fact_Contact_ContactDate_PersonKey_IsEarlyHelpOutcome",
                table: "Fact_Contact");

            migrationBuilder.DropIndex(
                name: "IX_Dimension_Date_Date_IsWorkingDay",
                table: "Dimension_Date");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_CloseDate",
                table: "Fact_SocialCareReferral",
                column: "CloseDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_PersonKey_ReferralDate",
                table: "Fact_SocialCareReferral",
                columns: new[] { "PersonKey", "ReferralDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_SocialCareReferral_ReferralDate",
                table: "Fact_SocialCareReferral",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_PlanReview_EpisodeKey_ReviewDate",
                table: "Fact_PlanReview",
                columns: new[] { "EpisodeKey", "ReviewDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_OutcomeScore_EpisodeKey_Stage",
                table: "Fact_OutcomeScore",
                columns: new[] { "EpisodeKey", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_EndDate",
                table: "Fact_EarlyHelpEpisode",
                column: "EndDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_PersonKey_StartDate",
                table: "Fact_EarlyHelpEpisode",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpEpisode_StartDate",
                table: "Fact_EarlyHelpEpisode",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_CompletedDate",
                table: "Fact_EarlyHelpAssessment",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_EarlyHelpAssessment_EpisodeKey",
                table: "Fact_EarlyHelpAssessment",
                column: "EpisodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Contact_ContactDate",
                table: "Fact_Contact",
                column: "ContactDate");
        }
    }
}

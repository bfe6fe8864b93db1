using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SsdSourcesAndLoadWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotExpressed",
                table: "Integration_LoadBatchTable",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenamedColumns",
                table: "Integration_LoadBatchTable",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowsWithWarnings",
                table: "Integration_LoadBatchTable",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsWithWarnings",
                table: "Integration_LoadBatch",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceRelease",
                table: "Integration_LoadBatch",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceShape",
                table: "Integration_LoadBatch",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnreadFiles",
                table: "Integration_LoadBatch",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAvailable",
                table: "Fact_MeasureValue",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "NotAvailableReason",
                table: "Fact_MeasureValue",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TeamDerived",
                table: "Fact_EarlyHelpEpisode",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Fact_Involvement",
                columns: table => new
                {
                    InvolvementKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvolvementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralKey = table.Column<long>(type: "INTEGER", nullable: true),
                    ProfessionalKey = table.Column<int>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    RoleCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_Involvement", x => x.InvolvementKey);
                    table.ForeignKey(
                        name: "FK_Fact_Involvement_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Involvement_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Involvement_Dimension_Professional_ProfessionalKey",
                        column: x => x.ProfessionalKey,
                        principalTable: "Dimension_Professional",
                        principalColumn: "ProfessionalKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Involvement_Fact_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalTable: "Fact_SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Involvement_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fact_Section47Enquiry",
                columns: table => new
                {
                    EnquiryKey = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralKey = table.Column<long>(type: "INTEGER", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartDateKey = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsNoFurtherAction = table.Column<bool>(type: "INTEGER", nullable: true),
                    LineageBatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fact_Section47Enquiry", x => x.EnquiryKey);
                    table.ForeignKey(
                        name: "FK_Fact_Section47Enquiry_Dimension_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalTable: "Dimension_OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Section47Enquiry_Dimension_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalTable: "Dimension_Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Section47Enquiry_Fact_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalTable: "Fact_SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Fact_Section47Enquiry_Integration_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Integration_LoadWarning",
                columns: table => new
                {
                    LoadWarningId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LoadBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ColumnName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CodeList = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstLine = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integration_LoadWarning", x => x.LoadWarningId);
                    table.ForeignKey(
                        name: "FK_Integration_LoadWarning_Integration_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalTable: "Integration_LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_InvolvementId",
                table: "Fact_Involvement",
                column: "InvolvementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_LineageBatchId",
                table: "Fact_Involvement",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_OrgUnitKey",
                table: "Fact_Involvement",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_PersonKey_StartDate",
                table: "Fact_Involvement",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_ProfessionalKey",
                table: "Fact_Involvement",
                column: "ProfessionalKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_ReferralKey",
                table: "Fact_Involvement",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Involvement_StartDate",
                table: "Fact_Involvement",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_EnquiryId",
                table: "Fact_Section47Enquiry",
                column: "EnquiryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_LineageBatchId",
                table: "Fact_Section47Enquiry",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_OrgUnitKey",
                table: "Fact_Section47Enquiry",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_PersonKey",
                table: "Fact_Section47Enquiry",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_ReferralKey",
                table: "Fact_Section47Enquiry",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Fact_Section47Enquiry_StartDate",
                table: "Fact_Section47Enquiry",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Integration_LoadWarning_LoadBatchId_FileName_ColumnName",
                table: "Integration_LoadWarning",
                columns: new[] { "LoadBatchId", "FileName", "ColumnName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Fact_Involvement");

            migrationBuilder.DropTable(
                name: "Fact_Section47Enquiry");

            migrationBuilder.DropTable(
                name: "Integration_LoadWarning");

            migrationBuilder.DropColumn(
                name: "NotExpressed",
                table: "Integration_LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RenamedColumns",
                table: "Integration_LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsWithWarnings",
                table: "Integration_LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsWithWarnings",
                table: "Integration_LoadBatch");

            migrationBuilder.DropColumn(
                name: "SourceRelease",
                table: "Integration_LoadBatch");

            migrationBuilder.DropColumn(
                name: "SourceShape",
                table: "Integration_LoadBatch");

            migrationBuilder.DropColumn(
                name: "UnreadFiles",
                table: "Integration_LoadBatch");

            migrationBuilder.DropColumn(
                name: "IsAvailable",
                table: "Fact_MeasureValue");

            migrationBuilder.DropColumn(
                name: "NotAvailableReason",
                table: "Fact_MeasureValue");

            migrationBuilder.DropColumn(
                name: "TeamDerived",
                table: "Fact_EarlyHelpEpisode");
        }
    }
}

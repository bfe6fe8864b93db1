using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Scorecard.Warehouse.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SsdSourcesAndLoadWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "Dimension",
                table: "Professional",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<bool>(
                name: "IsAvailable",
                schema: "Fact",
                table: "MeasureValue",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "NotAvailableReason",
                schema: "Fact",
                table: "MeasureValue",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AvailabilityNote",
                schema: "Dimension",
                table: "Measure",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotExpressed",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenamedColumns",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatch",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceRelease",
                schema: "Integration",
                table: "LoadBatch",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceShape",
                schema: "Integration",
                table: "LoadBatch",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnreadFiles",
                schema: "Integration",
                table: "LoadBatch",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TeamDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Involvement",
                schema: "Fact",
                columns: table => new
                {
                    InvolvementKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InvolvementId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonKey = table.Column<int>(type: "integer", nullable: true),
                    ReferralKey = table.Column<long>(type: "bigint", nullable: true),
                    ProfessionalKey = table.Column<int>(type: "integer", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    RoleCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Involvement", x => x.InvolvementKey);
                    table.ForeignKey(
                        name: "FK_Involvement_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Involvement_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Involvement_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Involvement_Professional_ProfessionalKey",
                        column: x => x.ProfessionalKey,
                        principalSchema: "Dimension",
                        principalTable: "Professional",
                        principalColumn: "ProfessionalKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Involvement_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalSchema: "Fact",
                        principalTable: "SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoadWarning",
                schema: "Integration",
                columns: table => new
                {
                    LoadWarningId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadBatchId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ColumnName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CodeList = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    FirstLine = table.Column<int>(type: "integer", nullable: true),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoadWarning", x => x.LoadWarningId);
                    table.ForeignKey(
                        name: "FK_LoadWarning_LoadBatch_LoadBatchId",
                        column: x => x.LoadBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Section47Enquiry",
                schema: "Fact",
                columns: table => new
                {
                    EnquiryKey = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnquiryId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonKey = table.Column<int>(type: "integer", nullable: false),
                    ReferralKey = table.Column<long>(type: "bigint", nullable: true),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartDateKey = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsNoFurtherAction = table.Column<bool>(type: "boolean", nullable: true),
                    LineageBatchId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Section47Enquiry", x => x.EnquiryKey);
                    table.ForeignKey(
                        name: "FK_Section47Enquiry_LoadBatch_LineageBatchId",
                        column: x => x.LineageBatchId,
                        principalSchema: "Integration",
                        principalTable: "LoadBatch",
                        principalColumn: "LoadBatchId",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Section47Enquiry_OrganisationUnit_OrgUnitKey",
                        column: x => x.OrgUnitKey,
                        principalSchema: "Dimension",
                        principalTable: "OrganisationUnit",
                        principalColumn: "OrgUnitKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Section47Enquiry_Person_PersonKey",
                        column: x => x.PersonKey,
                        principalSchema: "Dimension",
                        principalTable: "Person",
                        principalColumn: "PersonKey",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Section47Enquiry_SocialCareReferral_ReferralKey",
                        column: x => x.ReferralKey,
                        principalSchema: "Fact",
                        principalTable: "SocialCareReferral",
                        principalColumn: "ReferralKey",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_InvolvementId",
                schema: "Fact",
                table: "Involvement",
                column: "InvolvementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_LineageBatchId",
                schema: "Fact",
                table: "Involvement",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_OrgUnitKey",
                schema: "Fact",
                table: "Involvement",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_PersonKey_StartDate",
                schema: "Fact",
                table: "Involvement",
                columns: new[] { "PersonKey", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_ProfessionalKey",
                schema: "Fact",
                table: "Involvement",
                column: "ProfessionalKey");

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_ReferralKey",
                schema: "Fact",
                table: "Involvement",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Involvement_StartDate",
                schema: "Fact",
                table: "Involvement",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_LoadWarning_LoadBatchId_FileName_ColumnName",
                schema: "Integration",
                table: "LoadWarning",
                columns: new[] { "LoadBatchId", "FileName", "ColumnName" });

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_EnquiryId",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "EnquiryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_LineageBatchId",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "LineageBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_OrgUnitKey",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "OrgUnitKey");

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_PersonKey",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "PersonKey");

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_ReferralKey",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "ReferralKey");

            migrationBuilder.CreateIndex(
                name: "IX_Section47Enquiry_StartDate",
                schema: "Fact",
                table: "Section47Enquiry",
                column: "StartDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Involvement",
                schema: "Fact");

            migrationBuilder.DropTable(
                name: "LoadWarning",
                schema: "Integration");

            migrationBuilder.DropTable(
                name: "Section47Enquiry",
                schema: "Fact");

            migrationBuilder.DropColumn(
                name: "IsAvailable",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropColumn(
                name: "NotAvailableReason",
                schema: "Fact",
                table: "MeasureValue");

            migrationBuilder.DropColumn(
                name: "NotExpressed",
                schema: "Integration",
                table: "LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RenamedColumns",
                schema: "Integration",
                table: "LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatchTable");

            migrationBuilder.DropColumn(
                name: "RowsWithWarnings",
                schema: "Integration",
                table: "LoadBatch");

            migrationBuilder.DropColumn(
                name: "SourceRelease",
                schema: "Integration",
                table: "LoadBatch");

            migrationBuilder.DropColumn(
                name: "SourceShape",
                schema: "Integration",
                table: "LoadBatch");

            migrationBuilder.DropColumn(
                name: "UnreadFiles",
                schema: "Integration",
                table: "LoadBatch");

            migrationBuilder.DropColumn(
                name: "TeamDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode");

            migrationBuilder.AlterColumn<string>(
                name: "Role",
                schema: "Dimension",
                table: "Professional",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "OrganisationUnit",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255);

            migrationBuilder.AlterColumn<string>(
                name: "AvailabilityNote",
                schema: "Dimension",
                table: "Measure",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "Dimension",
                table: "LeadOrganisation",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.AlterColumn<string>(
                name: "Reason",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LoadChangedProperties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangedProperties",
                schema: "Integration",
                table: "LoadBatchTable",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true,
                comment: "When the load only changed values of rows already there: the properties it changed (Entity.Property, comma-separated); measures reading none of them need no recomputing. Null: every property.");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedProperties",
                schema: "Integration",
                table: "LoadBatchTable");
        }
    }
}

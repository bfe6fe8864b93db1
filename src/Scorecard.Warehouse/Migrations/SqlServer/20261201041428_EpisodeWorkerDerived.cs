using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scorecard.Warehouse.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EpisodeWorkerDerived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WorkerDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode",
                type: "bit",
                nullable: false,
                defaultValue: false,
                comment: "True when the load took the worker from ssd_involvements because the episode named none; kept on re-loads while the extract still names none, replaced by a worker the episode gives.");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkerDerived",
                schema: "Fact",
                table: "EarlyHelpEpisode");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ticket_Status_OpenedAt",
                table: "Ticket");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_OpenedAt_Number",
                table: "Ticket",
                columns: new[] { "OpenedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_Status_OpenedAt_Number",
                table: "Ticket",
                columns: new[] { "Status", "OpenedAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ticket_OpenedAt_Number",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_Status_OpenedAt_Number",
                table: "Ticket");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_Status_OpenedAt",
                table: "Ticket",
                columns: new[] { "Status", "OpenedAt" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingAcmeOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingAcmeOrder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectoryUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrderUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProtectedCertificateKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChallengeToken = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KeyAuthorization = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingAcmeOrder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingAcmeOrder_Service_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Service",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingAcmeOrder_ChallengeToken",
                table: "PendingAcmeOrder",
                column: "ChallengeToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingAcmeOrder_ServiceId",
                table: "PendingAcmeOrder",
                column: "ServiceId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingAcmeOrder");
        }
    }
}

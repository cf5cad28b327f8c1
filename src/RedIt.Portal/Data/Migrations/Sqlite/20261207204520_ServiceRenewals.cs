using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRenewals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceRenewal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RenewsOn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRenewal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRenewal_Order_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Order",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServiceRenewal_Service_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Service",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRenewal_OrderId",
                table: "ServiceRenewal",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRenewal_ServiceId_RenewsOn",
                table: "ServiceRenewal",
                columns: new[] { "ServiceId", "RenewsOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceRenewal");
        }
    }
}

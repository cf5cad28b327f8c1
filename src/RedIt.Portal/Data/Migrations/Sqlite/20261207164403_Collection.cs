using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Collection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollectionClaim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HandedOverAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandedOverById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CollectorReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StateChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StateChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionClaim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionClaim_AspNetUsers_HandedOverById",
                        column: x => x.HandedOverById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CollectionClaim_AspNetUsers_StateChangedById",
                        column: x => x.StateChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CollectionClaim_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceCommunication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    LastDayToPay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CollectionCosts = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceCommunication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceCommunication_Invoice_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CollectionClaimInvoice",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionClaimInvoice", x => new { x.ClaimId, x.InvoiceId });
                    table.ForeignKey(
                        name: "FK_CollectionClaimInvoice_CollectionClaim_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "CollectionClaim",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollectionClaimInvoice_Invoice_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaim_CustomerId_HandedOverAt",
                table: "CollectionClaim",
                columns: new[] { "CustomerId", "HandedOverAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaim_HandedOverAt",
                table: "CollectionClaim",
                column: "HandedOverAt");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaim_HandedOverById",
                table: "CollectionClaim",
                column: "HandedOverById");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaim_Reference",
                table: "CollectionClaim",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaim_StateChangedById",
                table: "CollectionClaim",
                column: "StateChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionClaimInvoice_InvoiceId",
                table: "CollectionClaimInvoice",
                column: "InvoiceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceCommunication_InvoiceId_Kind",
                table: "InvoiceCommunication",
                columns: new[] { "InvoiceId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceCommunication_SentAt",
                table: "InvoiceCommunication",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollectionClaimInvoice");

            migrationBuilder.DropTable(
                name: "InvoiceCommunication");

            migrationBuilder.DropTable(
                name: "CollectionClaim");
        }
    }
}

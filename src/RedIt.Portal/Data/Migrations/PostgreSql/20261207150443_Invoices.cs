using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Invoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoice_CustomerId",
                table: "Invoice");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "DueOn",
                table: "Invoice",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone");

            migrationBuilder.AddColumn<string>(
                name: "BuyerVatNumber",
                table: "Invoice",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CreditsInvoiceId",
                table: "Invoice",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "Invoice",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "IssuedById",
                table: "Invoice",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Invoice",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                table: "Invoice",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PaidAt",
                table: "Invoice",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodFrom",
                table: "Invoice",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PeriodTo",
                table: "Invoice",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Invoice",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "TotalExclVat",
                table: "Invoice",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TotalVat",
                table: "Invoice",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "VatConsultationNumber",
                table: "Invoice",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VatTreatment",
                table: "Invoice",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "InvoiceLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPriceExclVat = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    TotalExclVat = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceLine_Invoice_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvoiceLine_Service_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Service",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "VatNumberVerification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    VatNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ConsultationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VatNumberVerification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VatNumberVerification_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_CreditsInvoiceId",
                table: "Invoice",
                column: "CreditsInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_CustomerId_IssuedOn",
                table: "Invoice",
                columns: new[] { "CustomerId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_IssuedById",
                table: "Invoice",
                column: "IssuedById");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_OrderId",
                table: "Invoice",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_Status_DueOn",
                table: "Invoice",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLine_InvoiceId",
                table: "InvoiceLine",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLine_ServiceId",
                table: "InvoiceLine",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_VatNumberVerification_CustomerId_RequestedAt",
                table: "VatNumberVerification",
                columns: new[] { "CustomerId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VatNumberVerification_Status_NextAttemptAt",
                table: "VatNumberVerification",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Invoice_AspNetUsers_IssuedById",
                table: "Invoice",
                column: "IssuedById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Invoice_Invoice_CreditsInvoiceId",
                table: "Invoice",
                column: "CreditsInvoiceId",
                principalTable: "Invoice",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Invoice_Order_OrderId",
                table: "Invoice",
                column: "OrderId",
                principalTable: "Order",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invoice_AspNetUsers_IssuedById",
                table: "Invoice");

            migrationBuilder.DropForeignKey(
                name: "FK_Invoice_Invoice_CreditsInvoiceId",
                table: "Invoice");

            migrationBuilder.DropForeignKey(
                name: "FK_Invoice_Order_OrderId",
                table: "Invoice");

            migrationBuilder.DropTable(
                name: "InvoiceLine");

            migrationBuilder.DropTable(
                name: "VatNumberVerification");

            migrationBuilder.DropIndex(
                name: "IX_Invoice_CreditsInvoiceId",
                table: "Invoice");

            migrationBuilder.DropIndex(
                name: "IX_Invoice_CustomerId_IssuedOn",
                table: "Invoice");

            migrationBuilder.DropIndex(
                name: "IX_Invoice_IssuedById",
                table: "Invoice");

            migrationBuilder.DropIndex(
                name: "IX_Invoice_OrderId",
                table: "Invoice");

            migrationBuilder.DropIndex(
                name: "IX_Invoice_Status_DueOn",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "BuyerVatNumber",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "CreditsInvoiceId",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "Culture",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "PeriodFrom",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "PeriodTo",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "TotalExclVat",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "TotalVat",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "VatConsultationNumber",
                table: "Invoice");

            migrationBuilder.DropColumn(
                name: "VatTreatment",
                table: "Invoice");

            migrationBuilder.AlterColumn<DateTime>(
                name: "DueOn",
                table: "Invoice",
                type: "timestamp with time zone",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_CustomerId",
                table: "Invoice",
                column: "CustomerId");
        }
    }
}

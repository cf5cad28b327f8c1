using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DatacenterVisitSending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "DatacenterVisit",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "DatacenterVisit",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastSendError",
                table: "DatacenterVisit",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextSendAttemptAt",
                table: "DatacenterVisit",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SendAttempts",
                table: "DatacenterVisit",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SendStatus",
                table: "DatacenterVisit",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "NotSent");

            migrationBuilder.AddColumn<DateTime>(
                name: "SentAt",
                table: "DatacenterVisit",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DatacenterVisit_SendStatus_NextSendAttemptAt",
                table: "DatacenterVisit",
                columns: new[] { "SendStatus", "NextSendAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DatacenterVisit_SendStatus_NextSendAttemptAt",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "LastSendError",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "NextSendAttemptAt",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "SendAttempts",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "SendStatus",
                table: "DatacenterVisit");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "DatacenterVisit");
        }
    }
}

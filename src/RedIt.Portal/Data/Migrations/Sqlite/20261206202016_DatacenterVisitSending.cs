using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "DatacenterVisit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastSendError",
                table: "DatacenterVisit",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextSendAttemptAt",
                table: "DatacenterVisit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SendAttempts",
                table: "DatacenterVisit",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SendStatus",
                table: "DatacenterVisit",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "NotSent");

            migrationBuilder.AddColumn<DateTime>(
                name: "SentAt",
                table: "DatacenterVisit",
                type: "TEXT",
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

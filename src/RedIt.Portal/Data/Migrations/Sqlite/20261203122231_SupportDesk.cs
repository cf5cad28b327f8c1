using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupportDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FromAddress",
                table: "TicketMessage",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "TicketMessage",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "TicketMessage",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssigneeUserId",
                table: "Ticket",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Ticket",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastMessageAt",
                table: "Ticket",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "Ticket",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Ticket",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Ticket",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Topic",
                table: "Ticket",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "WaitingSince",
                table: "Ticket",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InReplyTo",
                table: "QueuedMail",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageId",
                table: "QueuedMail",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "References",
                table: "QueuedMail",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyTo",
                table: "QueuedMail",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "ContactMessage",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "TicketId",
                table: "ContactMessage",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Topic",
                table: "ContactMessage",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_TicketMessage_MessageId",
                table: "TicketMessage",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_AssigneeUserId",
                table: "Ticket",
                column: "AssigneeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_Number",
                table: "Ticket",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_Topic_Status",
                table: "Ticket",
                columns: new[] { "Topic", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_WaitingSince",
                table: "Ticket",
                column: "WaitingSince");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMessage_TicketId",
                table: "ContactMessage",
                column: "TicketId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContactMessage_Ticket_TicketId",
                table: "ContactMessage",
                column: "TicketId",
                principalTable: "Ticket",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Ticket_AspNetUsers_AssigneeUserId",
                table: "Ticket",
                column: "AssigneeUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContactMessage_Ticket_TicketId",
                table: "ContactMessage");

            migrationBuilder.DropForeignKey(
                name: "FK_Ticket_AspNetUsers_AssigneeUserId",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_TicketMessage_MessageId",
                table: "TicketMessage");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_AssigneeUserId",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_Number",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_Topic_Status",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_Ticket_WaitingSince",
                table: "Ticket");

            migrationBuilder.DropIndex(
                name: "IX_ContactMessage_TicketId",
                table: "ContactMessage");

            migrationBuilder.DropColumn(
                name: "FromAddress",
                table: "TicketMessage");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "TicketMessage");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "TicketMessage");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "LastMessageAt",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "Topic",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "WaitingSince",
                table: "Ticket");

            migrationBuilder.DropColumn(
                name: "InReplyTo",
                table: "QueuedMail");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "QueuedMail");

            migrationBuilder.DropColumn(
                name: "References",
                table: "QueuedMail");

            migrationBuilder.DropColumn(
                name: "ReplyTo",
                table: "QueuedMail");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "ContactMessage");

            migrationBuilder.DropColumn(
                name: "TicketId",
                table: "ContactMessage");

            migrationBuilder.DropColumn(
                name: "Topic",
                table: "ContactMessage");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallsRecoveryAndHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Content",
                table: "CallRecording",
                newName: "EncryptedContent");

            migrationBuilder.AddColumn<long>(
                name: "SizeBytes",
                table: "RecoveryDocument",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmationTokenHash",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustomerKind",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "RecoveryCase",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedDocuments",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DirectorAuthority",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DirectorCount",
                table: "RecoveryCase",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DocumentsDeletedAt",
                table: "RecoveryCase",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentsDeletedBy",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewEmail",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "NewEmailConfirmedAt",
                table: "RecoveryCase",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "RecoveryCase",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewerId",
                table: "RecoveryCase",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TwoFactorReset",
                table: "RecoveryCase",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "SizeBytes",
                table: "CallRecording",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Agent",
                table: "CallRecord",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "CallRecord",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DialledNumber",
                table: "CallRecord",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Direction",
                table: "CallRecord",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DurationSeconds",
                table: "CallRecord",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "CallRecord",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalCallId",
                table: "CallRecord",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "PhoneSystemId",
                table: "CallRecord",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CallRecord",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "LegalHold",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RowKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlacedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHold", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhoneSystem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhoneSystem", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryCase_ConfirmationTokenHash",
                table: "RecoveryCase",
                column: "ConfirmationTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryCase_ReviewerId",
                table: "RecoveryCase",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecord_PhoneSystemId_ExternalCallId",
                table: "CallRecord",
                columns: new[] { "PhoneSystemId", "ExternalCallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalHold_Entity_RowKey",
                table: "LegalHold",
                columns: new[] { "Entity", "RowKey" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalHold_PersonId",
                table: "LegalHold",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHold_PlacedAt",
                table: "LegalHold",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PhoneSystem_KeyHash",
                table: "PhoneSystem",
                column: "KeyHash",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CallRecord_PhoneSystem_PhoneSystemId",
                table: "CallRecord",
                column: "PhoneSystemId",
                principalTable: "PhoneSystem",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_RecoveryCase_AspNetUsers_ReviewerId",
                table: "RecoveryCase",
                column: "ReviewerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CallRecord_PhoneSystem_PhoneSystemId",
                table: "CallRecord");

            migrationBuilder.DropForeignKey(
                name: "FK_RecoveryCase_AspNetUsers_ReviewerId",
                table: "RecoveryCase");

            migrationBuilder.DropTable(
                name: "LegalHold");

            migrationBuilder.DropTable(
                name: "PhoneSystem");

            migrationBuilder.DropIndex(
                name: "IX_RecoveryCase_ConfirmationTokenHash",
                table: "RecoveryCase");

            migrationBuilder.DropIndex(
                name: "IX_RecoveryCase_ReviewerId",
                table: "RecoveryCase");

            migrationBuilder.DropIndex(
                name: "IX_CallRecord_PhoneSystemId_ExternalCallId",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "SizeBytes",
                table: "RecoveryDocument");

            migrationBuilder.DropColumn(
                name: "ConfirmationTokenHash",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "Culture",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "CustomerKind",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DeletedDocuments",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DirectorAuthority",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DirectorCount",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DocumentsDeletedAt",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "DocumentsDeletedBy",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "NewEmail",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "NewEmailConfirmedAt",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "ReviewerId",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "TwoFactorReset",
                table: "RecoveryCase");

            migrationBuilder.DropColumn(
                name: "SizeBytes",
                table: "CallRecording");

            migrationBuilder.DropColumn(
                name: "Agent",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "DialledNumber",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "DurationSeconds",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "ExternalCallId",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "PhoneSystemId",
                table: "CallRecord");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "CallRecord");

            migrationBuilder.RenameColumn(
                name: "EncryptedContent",
                table: "CallRecording",
                newName: "Content");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactIpClearedSooner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SenderIp",
                table: "ContactMessage",
                type: "TEXT",
                maxLength: 45,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 45);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SenderIp",
                table: "ContactMessage",
                type: "TEXT",
                maxLength: 45,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 45,
                oldNullable: true);
        }
    }
}

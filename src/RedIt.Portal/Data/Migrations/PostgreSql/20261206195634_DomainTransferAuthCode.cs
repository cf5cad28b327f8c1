using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DomainTransferAuthCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProtectedAuthCode",
                table: "OrderLine",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedAuthCode",
                table: "BasketItem",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedAuthCode",
                table: "OrderLine");

            migrationBuilder.DropColumn(
                name: "ProtectedAuthCode",
                table: "BasketItem");
        }
    }
}

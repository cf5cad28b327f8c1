using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RedIt.Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "NumberSequence",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastValue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequence", x => x.Name);
                });

            // Customers who signed up before numbers existed get them in the order they signed up,
            // and the series continues after the last of them.
            migrationBuilder.Sql("""
                UPDATE "Customers" SET "Number" = 10000 + (
                    SELECT COUNT(*) FROM "Customers" AS earlier
                    WHERE earlier."CreatedAt" < "Customers"."CreatedAt"
                       OR (earlier."CreatedAt" = "Customers"."CreatedAt" AND earlier."Id" <= "Customers"."Id"));
                INSERT INTO "NumberSequence" ("Name", "LastValue")
                SELECT 'customer', MAX("Number") FROM "Customers" HAVING COUNT(*) > 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Number",
                table: "Customers",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NumberSequence");

            migrationBuilder.DropIndex(
                name: "IX_Customers_Number",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "Customers");
        }
    }
}

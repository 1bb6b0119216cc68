using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Verifier.Shares.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Publications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "shares",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAtMs",
                table: "shares",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Publisher",
                table: "shares");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtMs",
                table: "shares");
        }
    }
}
